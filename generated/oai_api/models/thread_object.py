from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thread_object_object import ThreadObjectObject, check_thread_object_object
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.metadata_type_0 import MetadataType0
    from ..models.thread_object_tool_resources_type_0 import (
        ThreadObjectToolResourcesType0,
    )


T = TypeVar("T", bound="ThreadObject")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, MetadataType0, ThreadObjectToolResourcesType0
    from ..models.metadata_type_0 import MetadataType0
    from ..models.thread_object_tool_resources_type_0 import (
        ThreadObjectToolResourcesType0,
    )

    _models_bound = True


@_attrs_define
class ThreadObject:
    """A thread: a conversation that holds messages and the tool resources runs on it may use."""

    id: str
    object_: ThreadObjectObject
    created_at: int
    tool_resources: None | ThreadObjectToolResourcesType0
    metadata: MetadataType0 | None
    """ Up to 16 string key/value tags attached to an object. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

        _v_object_ = (
            self.object_
            if self.object_ is not None or "object_" not in self._none_flips
            else UNSET
        )

        if _v_object_ is None or isinstance(_v_object_, Unset):
            object_ = _v_object_
        else:
            object_: str = _v_object_

        _v_created_at = (
            self.created_at
            if self.created_at is not None or "created_at" not in self._none_flips
            else UNSET
        )

        created_at = _v_created_at

        _v_tool_resources = (
            self.tool_resources
            if self.tool_resources is not None
            or "tool_resources" not in self._none_flips
            else UNSET
        )

        if _v_tool_resources is None or isinstance(_v_tool_resources, Unset):
            tool_resources = _v_tool_resources
        else:
            tool_resources: dict[str, Any] | None
            if isinstance(_v_tool_resources, ThreadObjectToolResourcesType0):
                tool_resources = _v_tool_resources.to_dict()
            else:
                tool_resources = _v_tool_resources

        _v_metadata = (
            self.metadata
            if self.metadata is not None or "metadata" not in self._none_flips
            else UNSET
        )

        if _v_metadata is None or isinstance(_v_metadata, Unset):
            metadata = _v_metadata
        else:
            metadata: dict[str, Any] | None
            if isinstance(_v_metadata, MetadataType0):
                metadata = _v_metadata.to_dict()
            else:
                metadata = _v_metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "id": id,
                    "object": object_,
                    "created_at": created_at,
                    "tool_resources": tool_resources,
                    "metadata": metadata,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        _object__raw = d.pop("object", UNSET)
        if _object__raw is None or isinstance(_object__raw, Unset):
            if strict_parsing.get():
                raise KeyError("object")

            if _object__raw is UNSET:
                _none_flips += ("object_",)
            object_ = None

        else:
            try:
                object_ = check_thread_object_object(_object__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        created_at = d.pop("created_at", UNSET)
        if (
            created_at is None or isinstance(created_at, Unset)
        ) and strict_parsing.get():
            raise KeyError("created_at")

        if created_at is None or created_at is UNSET:
            if created_at is UNSET:
                _none_flips += ("created_at",)
            created_at = None

        _tool_resources_raw = d.pop("tool_resources", UNSET)
        if _tool_resources_raw is None or isinstance(_tool_resources_raw, Unset):
            if isinstance(_tool_resources_raw, Unset) and strict_parsing.get():
                raise KeyError("tool_resources")

            if _tool_resources_raw is UNSET:
                _none_flips += ("tool_resources",)
            tool_resources = None

        else:
            try:

                def _parse_tool_resources(
                    data: object,
                ) -> None | ThreadObjectToolResourcesType0:
                    if data is None:
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tool_resources_type_0 = (
                            ThreadObjectToolResourcesType0.from_dict(data)
                        )

                        return tool_resources_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(None | ThreadObjectToolResourcesType0, data)

                tool_resources = _parse_tool_resources(_tool_resources_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                tool_resources = _tool_resources_raw

        _metadata_raw = d.pop("metadata", UNSET)
        if _metadata_raw is None or isinstance(_metadata_raw, Unset):
            if isinstance(_metadata_raw, Unset) and strict_parsing.get():
                raise KeyError("metadata")

            if _metadata_raw is UNSET:
                _none_flips += ("metadata",)
            metadata = None

        else:
            try:

                def _parse_metadata(data: object) -> MetadataType0 | None:
                    if data is None:
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_metadata_type_0 = MetadataType0.from_dict(
                            data
                        )

                        return componentsschemas_metadata_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(MetadataType0 | None, data)

                metadata = _parse_metadata(_metadata_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                metadata = _metadata_raw

        thread_object = cls(
            id=id,
            object_=object_,
            created_at=created_at,
            tool_resources=tool_resources,
            metadata=metadata,
        )
        if _none_flips:
            thread_object._none_flips = _none_flips

        thread_object.additional_properties = d
        return thread_object

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
