from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_eval_logs_data_source_config_type import (
    CreateEvalLogsDataSourceConfigType,
    check_create_eval_logs_data_source_config_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.create_eval_logs_data_source_config_metadata import (
        CreateEvalLogsDataSourceConfigMetadata,
    )


T = TypeVar("T", bound="CreateEvalLogsDataSourceConfig")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, CreateEvalLogsDataSourceConfigMetadata
    from ..models.create_eval_logs_data_source_config_metadata import (
        CreateEvalLogsDataSourceConfigMetadata,
    )

    _models_bound = True


@_attrs_define
class CreateEvalLogsDataSourceConfig:
    """Data source config built from your logged traffic, selected by metadata such as `usecase=chatbot`."""

    type_: CreateEvalLogsDataSourceConfigType
    """ Always `logs` for this config. """
    metadata: CreateEvalLogsDataSourceConfigMetadata | None = None
    """ Metadata key/value pairs that select which logs to use. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_metadata = (
            self.metadata
            if self.metadata is not None or "metadata" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_metadata, CreateEvalLogsDataSourceConfigMetadata):
            metadata = _v_metadata
        else:
            metadata: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_metadata, Unset):
                metadata = _v_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                }.items()
                if v is not UNSET
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            raise KeyError(
                "CreateEvalLogsDataSourceConfig: required field type is missing"
            )

        else:
            type_ = check_create_eval_logs_data_source_config_type(_type__raw)

        _metadata_raw = d.pop("metadata", UNSET)
        if _metadata_raw is None or isinstance(_metadata_raw, Unset):
            if _metadata_raw is None and strict_parsing.get():
                raise TypeError("metadata")

            if _metadata_raw is None:
                _none_flips += ("metadata",)
            metadata = None

        else:
            _metadata = _metadata_raw
            metadata: CreateEvalLogsDataSourceConfigMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = CreateEvalLogsDataSourceConfigMetadata.from_dict(_metadata)

        create_eval_logs_data_source_config = cls(
            type_=type_,
            metadata=metadata,
        )
        if _none_flips:
            create_eval_logs_data_source_config._none_flips = _none_flips

        create_eval_logs_data_source_config.additional_properties = d
        return create_eval_logs_data_source_config

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
