from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.program_output_status import (
    ProgramOutputStatus,
    check_program_output_status,
)
from ..models.program_output_type import ProgramOutputType, check_program_output_type
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="ProgramOutput")


@_attrs_define
class ProgramOutput:
    """What a program returned."""

    type_: ProgramOutputType
    """ Fixed tag `program_output`. """
    id: str
    """ Unique ID. """
    call_id: str
    """ ID linking a tool call to its output. """
    result: str
    """ What the program returned. """
    status: ProgramOutputStatus
    """ Final state of a program. """
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

        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

        _v_call_id = (
            self.call_id
            if self.call_id is not None or "call_id" not in self._none_flips
            else UNSET
        )

        call_id = _v_call_id

        _v_result = (
            self.result
            if self.result is not None or "result" not in self._none_flips
            else UNSET
        )

        result = _v_result

        _v_status = (
            self.status
            if self.status is not None or "status" not in self._none_flips
            else UNSET
        )

        if _v_status is None or isinstance(_v_status, Unset):
            status = _v_status
        else:
            status: str = _v_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "id": id,
                    "call_id": call_id,
                    "result": result,
                    "status": status,
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
                type_ = check_program_output_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        call_id = d.pop("call_id", UNSET)
        if (call_id is None or isinstance(call_id, Unset)) and strict_parsing.get():
            raise KeyError("call_id")

        if call_id is None or call_id is UNSET:
            if call_id is UNSET:
                _none_flips += ("call_id",)
            call_id = None

        result = d.pop("result", UNSET)
        if (result is None or isinstance(result, Unset)) and strict_parsing.get():
            raise KeyError("result")

        if result is None or result is UNSET:
            if result is UNSET:
                _none_flips += ("result",)
            result = None

        _status_raw = d.pop("status", UNSET)
        if _status_raw is None or isinstance(_status_raw, Unset):
            if strict_parsing.get():
                raise KeyError("status")

            if _status_raw is UNSET:
                _none_flips += ("status",)
            status = None

        else:
            try:
                status = check_program_output_status(_status_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                status = _status_raw

        program_output = cls(
            type_=type_,
            id=id,
            call_id=call_id,
            result=result,
            status=status,
        )
        if _none_flips:
            program_output._none_flips = _none_flips

        program_output.additional_properties = d
        return program_output

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
