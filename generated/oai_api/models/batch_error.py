from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="BatchError")


@_attrs_define
class BatchError:
    """One problem found in a batch's input file."""

    code: str | None = None
    """ Kind of problem. """
    message: str | None = None
    """ Human-readable explanation. """
    param: None | str = None
    """ Parameter the problem concerns, if any. """
    line: int | None = None
    """ Line of the input file the problem is on, if any. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_code = (
            self.code if self.code is not None or "code" in self._none_flips else UNSET
        )

        code = _v_code

        _v_message = (
            self.message
            if self.message is not None or "message" in self._none_flips
            else UNSET
        )

        message = _v_message

        _v_param = (
            self.param
            if self.param is not None or "param" in self._none_flips
            else UNSET
        )

        param: None | str | Unset
        if isinstance(_v_param, Unset):
            param = UNSET
        else:
            param = _v_param

        _v_line = (
            self.line if self.line is not None or "line" in self._none_flips else UNSET
        )

        line: int | None | Unset
        if isinstance(_v_line, Unset):
            line = UNSET
        else:
            line = _v_line

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if param is not UNSET:
            field_dict["param"] = param
        if line is not UNSET:
            field_dict["line"] = line

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        code = d.pop("code", UNSET)
        if code is None and strict_parsing.get():
            raise TypeError("code")

        if code is None or code is UNSET:
            if code is None:
                _none_flips += ("code",)
            code = None

        message = d.pop("message", UNSET)
        if message is None and strict_parsing.get():
            raise TypeError("message")

        if message is None or message is UNSET:
            if message is None:
                _none_flips += ("message",)
            message = None

        _param_raw = d.pop("param", UNSET)
        if _param_raw is None or isinstance(_param_raw, Unset):
            if _param_raw is None:
                _none_flips += ("param",)
            param = None

        else:
            try:

                def _parse_param(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                param = _parse_param(_param_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                param = _param_raw

        _line_raw = d.pop("line", UNSET)
        if _line_raw is None or isinstance(_line_raw, Unset):
            if _line_raw is None:
                _none_flips += ("line",)
            line = None

        else:
            try:

                def _parse_line(data: object) -> int | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(int | None | Unset, data)

                line = _parse_line(_line_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                line = _line_raw

        batch_error = cls(
            code=code,
            message=message,
            param=param,
            line=line,
        )
        if _none_flips:
            batch_error._none_flips = _none_flips

        batch_error.additional_properties = d
        return batch_error

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
