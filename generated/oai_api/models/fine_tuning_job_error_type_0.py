from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="FineTuningJobErrorType0")


@_attrs_define
class FineTuningJobErrorType0:
    code: str
    message: str
    param: None | str
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "code": code,
                    "message": message,
                    "param": param,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
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

        fine_tuning_job_error_type_0 = cls(
            code=code,
            message=message,
            param=param,
        )
        if _none_flips:
            fine_tuning_job_error_type_0._none_flips = _none_flips

        fine_tuning_job_error_type_0.additional_properties = d
        return fine_tuning_job_error_type_0

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
