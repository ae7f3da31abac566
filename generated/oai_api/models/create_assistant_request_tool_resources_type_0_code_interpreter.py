from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="CreateAssistantRequestToolResourcesType0CodeInterpreter")


@_attrs_define
class CreateAssistantRequestToolResourcesType0CodeInterpreter:
    """Resources for the code interpreter tool."""

    file_ids: list[str] | None = None
    """ IDs of uploaded files the code interpreter can read, 20 at most. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_file_ids = (
            self.file_ids
            if self.file_ids is not None or "file_ids" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_file_ids, list):
            file_ids = _v_file_ids
        else:
            file_ids: list[str] | Unset = UNSET
            if not isinstance(_v_file_ids, Unset):
                file_ids = _v_file_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if file_ids is not UNSET:
            field_dict["file_ids"] = file_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _file_ids_raw = d.pop("file_ids", UNSET)
        if _file_ids_raw is None or isinstance(_file_ids_raw, Unset):
            if _file_ids_raw is None and strict_parsing.get():
                raise TypeError("file_ids")

            if _file_ids_raw is None:
                _none_flips += ("file_ids",)
            file_ids = None

        else:
            file_ids = cast(list[str], _file_ids_raw)

        create_assistant_request_tool_resources_type_0_code_interpreter = cls(
            file_ids=file_ids,
        )
        if _none_flips:
            create_assistant_request_tool_resources_type_0_code_interpreter._none_flips = _none_flips

        create_assistant_request_tool_resources_type_0_code_interpreter.additional_properties = d
        return create_assistant_request_tool_resources_type_0_code_interpreter

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
