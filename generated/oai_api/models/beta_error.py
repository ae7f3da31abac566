from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="BetaError")


@_attrs_define
class BetaError:
    """Details of an API error."""

    code: None | str
    message: str
    param: None | str
    type_: str
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
            code: None | str
            code = _v_code

        _v_message = (
            self.message
            if self.message is not None or "message" not in self._none_flips
            else UNSET
        )

        message = _v_message

        _v_param = (
            self.param
            if self.param is not None or "param" not in self._none_flips
            else UNSET
        )

        if _v_param is None or isinstance(_v_param, Unset):
            param = _v_param
        else:
            param: None | str
            param = _v_param

        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        type_ = _v_type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "code": code,
                    "message": message,
                    "param": param,
                    "type": type_,
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
            if isinstance(_code_raw, Unset) and strict_parsing.get():
                raise KeyError("code")

            if _code_raw is UNSET:
                _none_flips += ("code",)
            code = None

        else:
            try:

                def _parse_code(data: object) -> None | str:
                    if data is None:
                        return data

                    return cast(None | str, data)

                code = _parse_code(_code_raw)

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

        _param_raw = d.pop("param", UNSET)
        if _param_raw is None or isinstance(_param_raw, Unset):
            if isinstance(_param_raw, Unset) and strict_parsing.get():
                raise KeyError("param")

            if _param_raw is UNSET:
                _none_flips += ("param",)
            param = None

        else:
            try:

                def _parse_param(data: object) -> None | str:
                    if data is None:
                        return data

                    return cast(None | str, data)

                param = _parse_param(_param_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                param = _param_raw

        type_ = d.pop("type", UNSET)
        if (type_ is None or isinstance(type_, Unset)) and strict_parsing.get():
            raise KeyError("type")

        if type_ is None or type_ is UNSET:
            if type_ is UNSET:
                _none_flips += ("type_",)
            type_ = None

        beta_error = cls(
            code=code,
            message=message,
            param=param,
            type_=type_,
        )
        if _none_flips:
            beta_error._none_flips = _none_flips

        beta_error.additional_properties = d
        return beta_error

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
