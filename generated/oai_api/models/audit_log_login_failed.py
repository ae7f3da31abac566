from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr, strict_parsing

T = TypeVar("T", bound="AuditLogLoginFailed")


@_attrs_define
class AuditLogLoginFailed:
    error_code: str | None = None
    error_message: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_error_code = (
            self.error_code
            if self.error_code is not None or "error_code" in self._none_flips
            else UNSET
        )

        error_code = _v_error_code

        _v_error_message = (
            self.error_message
            if self.error_message is not None or "error_message" in self._none_flips
            else UNSET
        )

        error_message = _v_error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_message is not UNSET:
            field_dict["error_message"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        error_code = d.pop("error_code", UNSET)
        if error_code is None and strict_parsing.get():
            raise TypeError("error_code")

        if error_code is None or error_code is UNSET:
            if error_code is None:
                _none_flips += ("error_code",)
            error_code = None

        error_message = d.pop("error_message", UNSET)
        if error_message is None and strict_parsing.get():
            raise TypeError("error_message")

        if error_message is None or error_message is UNSET:
            if error_message is None:
                _none_flips += ("error_message",)
            error_message = None

        audit_log_login_failed = cls(
            error_code=error_code,
            error_message=error_message,
        )
        if _none_flips:
            audit_log_login_failed._none_flips = _none_flips

        audit_log_login_failed.additional_properties = d
        return audit_log_login_failed

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
