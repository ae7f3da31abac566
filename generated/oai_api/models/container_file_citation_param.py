from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.container_file_citation_param_type import (
    ContainerFileCitationParamType,
    check_container_file_citation_param_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="ContainerFileCitationParam")


@_attrs_define
class ContainerFileCitationParam:
    """Citation of a file inside a container, with the character range of the cited text."""

    type_: ContainerFileCitationParamType
    start_index: int
    end_index: int
    container_id: str
    file_id: str
    filename: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_start_index = (
            self.start_index
            if self.start_index is not None or "start_index" not in self._none_flips
            else UNSET
        )

        start_index = _v_start_index

        _v_end_index = (
            self.end_index
            if self.end_index is not None or "end_index" not in self._none_flips
            else UNSET
        )

        end_index = _v_end_index

        _v_container_id = (
            self.container_id
            if self.container_id is not None or "container_id" not in self._none_flips
            else UNSET
        )

        container_id = _v_container_id

        _v_file_id = (
            self.file_id
            if self.file_id is not None or "file_id" not in self._none_flips
            else UNSET
        )

        file_id = _v_file_id

        _v_filename = (
            self.filename
            if self.filename is not None or "filename" not in self._none_flips
            else UNSET
        )

        filename = _v_filename

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "start_index": start_index,
                    "end_index": end_index,
                    "container_id": container_id,
                    "file_id": file_id,
                    "filename": filename,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_container_file_citation_param_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        start_index = d.pop("start_index", UNSET)
        if (
            start_index is None or isinstance(start_index, Unset)
        ) and strict_parsing.get():
            raise KeyError("start_index")

        if start_index is None or start_index is UNSET:
            if start_index is UNSET:
                _none_flips += ("start_index",)
            start_index = None

        end_index = d.pop("end_index", UNSET)
        if (end_index is None or isinstance(end_index, Unset)) and strict_parsing.get():
            raise KeyError("end_index")

        if end_index is None or end_index is UNSET:
            if end_index is UNSET:
                _none_flips += ("end_index",)
            end_index = None

        container_id = d.pop("container_id", UNSET)
        if (
            container_id is None or isinstance(container_id, Unset)
        ) and strict_parsing.get():
            raise KeyError("container_id")

        if container_id is None or container_id is UNSET:
            if container_id is UNSET:
                _none_flips += ("container_id",)
            container_id = None

        file_id = d.pop("file_id", UNSET)
        if (file_id is None or isinstance(file_id, Unset)) and strict_parsing.get():
            raise KeyError("file_id")

        if file_id is None or file_id is UNSET:
            if file_id is UNSET:
                _none_flips += ("file_id",)
            file_id = None

        filename = d.pop("filename", UNSET)
        if (filename is None or isinstance(filename, Unset)) and strict_parsing.get():
            raise KeyError("filename")

        if filename is None or filename is UNSET:
            if filename is UNSET:
                _none_flips += ("filename",)
            filename = None

        container_file_citation_param = cls(
            type_=type_,
            start_index=start_index,
            end_index=end_index,
            container_id=container_id,
            file_id=file_id,
            filename=filename,
        )
        if _none_flips:
            container_file_citation_param._none_flips = _none_flips

        container_file_citation_param.additional_properties = d
        return container_file_citation_param

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
