from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.program_item_param_type import (
    ProgramItemParamType,
    check_program_item_param_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="ProgramItemParam")


@_attrs_define
class ProgramItemParam:
    """A program item from programmatic tool calling, sent back as input."""

    id: str
    """ Unique ID. """
    type_: ProgramItemParamType
    """ Fixed tag `program`. """
    call_id: str
    """ ID linking a tool call to its output. """
    code: str
    """ Source code of the program. """
    fingerprint: str
    """ Opaque value to send back unchanged. """
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

        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_call_id = (
            self.call_id
            if self.call_id is not None or "call_id" not in self._none_flips
            else UNSET
        )

        call_id = _v_call_id

        _v_code = (
            self.code
            if self.code is not None or "code" not in self._none_flips
            else UNSET
        )

        code = _v_code

        _v_fingerprint = (
            self.fingerprint
            if self.fingerprint is not None or "fingerprint" not in self._none_flips
            else UNSET
        )

        fingerprint = _v_fingerprint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "id": id,
                    "type": type_,
                    "call_id": call_id,
                    "code": code,
                    "fingerprint": fingerprint,
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

        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_program_item_param_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        call_id = d.pop("call_id", UNSET)
        if (call_id is None or isinstance(call_id, Unset)) and strict_parsing.get():
            raise KeyError("call_id")

        if call_id is None or call_id is UNSET:
            if call_id is UNSET:
                _none_flips += ("call_id",)
            call_id = None

        code = d.pop("code", UNSET)
        if (code is None or isinstance(code, Unset)) and strict_parsing.get():
            raise KeyError("code")

        if code is None or code is UNSET:
            if code is UNSET:
                _none_flips += ("code",)
            code = None

        fingerprint = d.pop("fingerprint", UNSET)
        if (
            fingerprint is None or isinstance(fingerprint, Unset)
        ) and strict_parsing.get():
            raise KeyError("fingerprint")

        if fingerprint is None or fingerprint is UNSET:
            if fingerprint is UNSET:
                _none_flips += ("fingerprint",)
            fingerprint = None

        program_item_param = cls(
            id=id,
            type_=type_,
            call_id=call_id,
            code=code,
            fingerprint=fingerprint,
        )
        if _none_flips:
            program_item_param._none_flips = _none_flips

        program_item_param.additional_properties = d
        return program_item_param

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
