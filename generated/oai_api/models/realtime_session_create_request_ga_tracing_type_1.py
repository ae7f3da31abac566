from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.realtime_session_create_request_ga_tracing_type_1_metadata import (
        RealtimeSessionCreateRequestGATracingType1Metadata,
    )


T = TypeVar("T", bound="RealtimeSessionCreateRequestGATracingType1")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, RealtimeSessionCreateRequestGATracingType1Metadata
    from ..models.realtime_session_create_request_ga_tracing_type_1_metadata import (
        RealtimeSessionCreateRequestGATracingType1Metadata,
    )

    _models_bound = True


@_attrs_define
class RealtimeSessionCreateRequestGATracingType1:
    workflow_name: str | None = None
    """ Workflow name shown for the trace in the Traces Dashboard. """
    group_id: str | None = None
    """ Group ID for filtering and grouping the trace in the Traces Dashboard. """
    metadata: RealtimeSessionCreateRequestGATracingType1Metadata | None = None
    """ Arbitrary key-value data stored on the trace, usable as Traces Dashboard filters. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_workflow_name = (
            self.workflow_name
            if self.workflow_name is not None or "workflow_name" in self._none_flips
            else UNSET
        )

        workflow_name = _v_workflow_name

        _v_group_id = (
            self.group_id
            if self.group_id is not None or "group_id" in self._none_flips
            else UNSET
        )

        group_id = _v_group_id

        _v_metadata = (
            self.metadata
            if self.metadata is not None or "metadata" in self._none_flips
            else UNSET
        )

        if not isinstance(
            _v_metadata, RealtimeSessionCreateRequestGATracingType1Metadata
        ):
            metadata = _v_metadata
        else:
            metadata: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_metadata, Unset):
                metadata = _v_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if workflow_name is not UNSET:
            field_dict["workflow_name"] = workflow_name
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        workflow_name = d.pop("workflow_name", UNSET)
        if workflow_name is None and strict_parsing.get():
            raise TypeError("workflow_name")

        if workflow_name is None or workflow_name is UNSET:
            if workflow_name is None:
                _none_flips += ("workflow_name",)
            workflow_name = None

        group_id = d.pop("group_id", UNSET)
        if group_id is None and strict_parsing.get():
            raise TypeError("group_id")

        if group_id is None or group_id is UNSET:
            if group_id is None:
                _none_flips += ("group_id",)
            group_id = None

        _metadata_raw = d.pop("metadata", UNSET)
        if _metadata_raw is None or isinstance(_metadata_raw, Unset):
            if _metadata_raw is None and strict_parsing.get():
                raise TypeError("metadata")

            if _metadata_raw is None:
                _none_flips += ("metadata",)
            metadata = None

        else:
            _metadata = _metadata_raw
            metadata: RealtimeSessionCreateRequestGATracingType1Metadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = RealtimeSessionCreateRequestGATracingType1Metadata.from_dict(
                    _metadata
                )

        realtime_session_create_request_ga_tracing_type_1 = cls(
            workflow_name=workflow_name,
            group_id=group_id,
            metadata=metadata,
        )
        if _none_flips:
            realtime_session_create_request_ga_tracing_type_1._none_flips = _none_flips

        realtime_session_create_request_ga_tracing_type_1.additional_properties = d
        return realtime_session_create_request_ga_tracing_type_1

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
