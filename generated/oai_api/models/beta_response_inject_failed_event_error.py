from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_response_inject_failed_event_error_code import (
    BetaResponseInjectFailedEventErrorCode,
    check_beta_response_inject_failed_event_error_code,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="BetaResponseInjectFailedEventError")


@_attrs_define
class BetaResponseInjectFailedEventError:
    code: BetaResponseInjectFailedEventErrorCode
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_code = (
            self.code
            if self.code is not None or "code" not in self._none_flips
            else UNSET
        )

        if _v_code is None or isinstance(_v_code, Unset):
            code = _v_code
        else:
            code: str = _v_code

        _v_message = (
            self.message
            if self.message is not None or "message" not in self._none_flips
            else UNSET
        )

        message = _v_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "code": code,
                    "message": message,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _code_raw = d.pop("code", UNSET)
        if _code_raw is None or isinstance(_code_raw, Unset):
            if strict_parsing.get():
                raise KeyError("code")

            if _code_raw is UNSET:
                _none_flips += ("code",)
            code = None

        else:
            try:
                code = check_beta_response_inject_failed_event_error_code(_code_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                code = _code_raw

        message = d.pop("message", UNSET)
        if (message is None or isinstance(message, Unset)) and strict_parsing.get():
            raise KeyError("message")

        if message is None or message is UNSET:
            if message is UNSET:
                _none_flips += ("message",)
            message = None

        beta_response_inject_failed_event_error = cls(
            code=code,
            message=message,
        )
        if _none_flips:
            beta_response_inject_failed_event_error._none_flips = _none_flips

        beta_response_inject_failed_event_error.additional_properties = d
        return beta_response_inject_failed_event_error

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
