from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_citation_param_type import (
    FileCitationParamType,
    check_file_citation_param_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="FileCitationParam")


@_attrs_define
class FileCitationParam:
    """Citation of an uploaded file, by its position in the file list, ID and name."""

    type_: FileCitationParamType
    index: int
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

        _v_index = (
            self.index
            if self.index is not None or "index" not in self._none_flips
            else UNSET
        )

        index = _v_index

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
                    "index": index,
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
                type_ = check_file_citation_param_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        index = d.pop("index", UNSET)
        if (index is None or isinstance(index, Unset)) and strict_parsing.get():
            raise KeyError("index")

        if index is None or index is UNSET:
            if index is UNSET:
                _none_flips += ("index",)
            index = None

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

        file_citation_param = cls(
            type_=type_,
            index=index,
            file_id=file_id,
            filename=filename,
        )
        if _none_flips:
            file_citation_param._none_flips = _none_flips

        file_citation_param.additional_properties = d
        return file_citation_param

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
