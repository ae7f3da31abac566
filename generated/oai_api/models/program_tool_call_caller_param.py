from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.program_tool_call_caller_param_type import (
    ProgramToolCallCallerParamType,
    check_program_tool_call_caller_param_type,
)
from ..types import UNSET, Unset, strict_parsing

T = TypeVar("T", bound="ProgramToolCallCallerParam")


@_attrs_define
class ProgramToolCallCallerParam:
    """A program (programmatic tool calling) called the tool."""

    type_: ProgramToolCallCallerParamType
    """ Fixed tag `program`. """
    caller_id: str
    """ Call ID of the program that made the call. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_: str = self.type_

        caller_id = self.caller_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "caller_id": caller_id,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            type_ = _type__raw
        else:
            try:
                type_ = check_program_tool_call_caller_param_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        caller_id = d.pop("caller_id", UNSET)
        if (caller_id is None or isinstance(caller_id, Unset)) and strict_parsing.get():
            raise KeyError("caller_id")

        program_tool_call_caller_param = cls(
            type_=type_,
            caller_id=caller_id,
        )

        program_tool_call_caller_param.additional_properties = d
        return program_tool_call_caller_param

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
