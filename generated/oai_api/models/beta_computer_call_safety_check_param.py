from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="BetaComputerCallSafetyCheckParam")


@_attrs_define
class BetaComputerCallSafetyCheckParam:
    """A safety check raised for a computer action, to acknowledge before continuing."""

    id: str
    """ ID of the check. """
    code: None | str = None
    """ Kind of check. """
    message: None | str = None
    """ Explanation of the check. """
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

        _v_code = (
            self.code if self.code is not None or "code" in self._none_flips else UNSET
        )

        code: None | str | Unset
        if isinstance(_v_code, Unset):
            code = UNSET
        else:
            code = _v_code

        _v_message = (
            self.message
            if self.message is not None or "message" in self._none_flips
            else UNSET
        )

        message: None | str | Unset
        if isinstance(_v_message, Unset):
            message = UNSET
        else:
            message = _v_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "id": id,
                }.items()
                if v is not UNSET
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message

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

        _code_raw = d.pop("code", UNSET)
        if _code_raw is None or isinstance(_code_raw, Unset):
            if _code_raw is None:
                _none_flips += ("code",)
            code = None

        else:
            try:

                def _parse_code(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                code = _parse_code(_code_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                code = _code_raw

        _message_raw = d.pop("message", UNSET)
        if _message_raw is None or isinstance(_message_raw, Unset):
            if _message_raw is None:
                _none_flips += ("message",)
            message = None

        else:
            try:

                def _parse_message(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                message = _parse_message(_message_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                message = _message_raw

        beta_computer_call_safety_check_param = cls(
            id=id,
            code=code,
            message=message,
        )
        if _none_flips:
            beta_computer_call_safety_check_param._none_flips = _none_flips

        beta_computer_call_safety_check_param.additional_properties = d
        return beta_computer_call_safety_check_param

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
