from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_http_error_type import BetaHTTPErrorType, check_beta_http_error_type
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="BetaHTTPError")


@_attrs_define
class BetaHTTPError:
    """The MCP server answered with an HTTP error."""

    type_: BetaHTTPErrorType
    """ Fixed tag `http_error`. """
    code: int
    """ HTTP status code. """
    message: str
    """ Error message. """
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

        _v_code = (
            self.code
            if self.code is not None or "code" not in self._none_flips
            else UNSET
        )

        code = _v_code

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
                    "type": type_,
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
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_beta_http_error_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        code = d.pop("code", UNSET)
        if (code is None or isinstance(code, Unset)) and strict_parsing.get():
            raise KeyError("code")

        if code is None or code is UNSET:
            if code is UNSET:
                _none_flips += ("code",)
            code = None

        message = d.pop("message", UNSET)
        if (message is None or isinstance(message, Unset)) and strict_parsing.get():
            raise KeyError("message")

        if message is None or message is UNSET:
            if message is UNSET:
                _none_flips += ("message",)
            message = None

        beta_http_error = cls(
            type_=type_,
            code=code,
            message=message,
        )
        if _none_flips:
            beta_http_error._none_flips = _none_flips

        beta_http_error.additional_properties = d
        return beta_http_error

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
