from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="ContainerFileResource")


@_attrs_define
class ContainerFileResource:
    """A file inside a container: its path, size in bytes, origin (`user` or `assistant`) and creation time."""

    id: str
    object_: str
    container_id: str
    created_at: int
    bytes_: int
    path: str
    source: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

        _v_object_ = (
            self.object_
            if self.object_ is not None or "object_" not in self._none_flips
            else UNSET
        )

        object_ = _v_object_

        _v_container_id = (
            self.container_id
            if self.container_id is not None or "container_id" not in self._none_flips
            else UNSET
        )

        container_id = _v_container_id

        _v_created_at = (
            self.created_at
            if self.created_at is not None or "created_at" not in self._none_flips
            else UNSET
        )

        created_at = _v_created_at

        _v_bytes_ = (
            self.bytes_
            if self.bytes_ is not None or "bytes_" not in self._none_flips
            else UNSET
        )

        bytes_ = _v_bytes_

        _v_path = (
            self.path
            if self.path is not None or "path" not in self._none_flips
            else UNSET
        )

        path = _v_path

        _v_source = (
            self.source
            if self.source is not None or "source" not in self._none_flips
            else UNSET
        )

        source = _v_source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "id": id,
                    "object": object_,
                    "container_id": container_id,
                    "created_at": created_at,
                    "bytes": bytes_,
                    "path": path,
                    "source": source,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        object_ = d.pop("object", UNSET)
        if (object_ is None or isinstance(object_, Unset)) and strict_parsing.get():
            raise KeyError("object")

        if object_ is None or object_ is UNSET:
            if object_ is UNSET:
                _none_flips += ("object_",)
            object_ = None

        container_id = d.pop("container_id", UNSET)
        if (
            container_id is None or isinstance(container_id, Unset)
        ) and strict_parsing.get():
            raise KeyError("container_id")

        if container_id is None or container_id is UNSET:
            if container_id is UNSET:
                _none_flips += ("container_id",)
            container_id = None

        created_at = d.pop("created_at", UNSET)
        if (
            created_at is None or isinstance(created_at, Unset)
        ) and strict_parsing.get():
            raise KeyError("created_at")

        if created_at is None or created_at is UNSET:
            if created_at is UNSET:
                _none_flips += ("created_at",)
            created_at = None

        bytes_ = d.pop("bytes", UNSET)
        if (bytes_ is None or isinstance(bytes_, Unset)) and strict_parsing.get():
            raise KeyError("bytes")

        if bytes_ is None or bytes_ is UNSET:
            if bytes_ is UNSET:
                _none_flips += ("bytes_",)
            bytes_ = None

        path = d.pop("path", UNSET)
        if (path is None or isinstance(path, Unset)) and strict_parsing.get():
            raise KeyError("path")

        if path is None or path is UNSET:
            if path is UNSET:
                _none_flips += ("path",)
            path = None

        source = d.pop("source", UNSET)
        if (source is None or isinstance(source, Unset)) and strict_parsing.get():
            raise KeyError("source")

        if source is None or source is UNSET:
            if source is UNSET:
                _none_flips += ("source",)
            source = None

        container_file_resource = cls(
            id=id,
            object_=object_,
            container_id=container_id,
            created_at=created_at,
            bytes_=bytes_,
            path=path,
            source=source,
        )
        if _none_flips:
            container_file_resource._none_flips = _none_flips

        container_file_resource.additional_properties = d
        return container_file_resource

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
