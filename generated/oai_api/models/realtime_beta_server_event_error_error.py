from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="RealtimeBetaServerEventErrorError")


@_attrs_define
class RealtimeBetaServerEventErrorError:
    type_: str
    message: str
    code: None | str = None
    param: None | str = None
    event_id: None | str = None
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

        type_ = _v_type_

        _v_message = (
            self.message
            if self.message is not None or "message" not in self._none_flips
            else UNSET
        )

        message = _v_message

        _v_code = (
            self.code if self.code is not None or "code" in self._none_flips else UNSET
        )

        code: None | str | Unset
        if isinstance(_v_code, Unset):
            code = UNSET
        else:
            code = _v_code

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

        _v_event_id = (
            self.event_id
            if self.event_id is not None or "event_id" in self._none_flips
            else UNSET
        )

        event_id: None | str | Unset
        if isinstance(_v_event_id, Unset):
            event_id = UNSET
        else:
            event_id = _v_event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "message": message,
                }.items()
                if v is not UNSET
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if param is not UNSET:
            field_dict["param"] = param
        if event_id is not UNSET:
            field_dict["event_id"] = event_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        type_ = d.pop("type", UNSET)
        if (type_ is None or isinstance(type_, Unset)) and strict_parsing.get():
            raise KeyError("type")

        if type_ is None or type_ is UNSET:
            if type_ is UNSET:
                _none_flips += ("type_",)
            type_ = None

        message = d.pop("message", UNSET)
        if (message is None or isinstance(message, Unset)) and strict_parsing.get():
            raise KeyError("message")

        if message is None or message is UNSET:
            if message is UNSET:
                _none_flips += ("message",)
            message = None

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

        _event_id_raw = d.pop("event_id", UNSET)
        if _event_id_raw is None or isinstance(_event_id_raw, Unset):
            if _event_id_raw is None:
                _none_flips += ("event_id",)
            event_id = None

        else:
            try:

                def _parse_event_id(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                event_id = _parse_event_id(_event_id_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                event_id = _event_id_raw

        realtime_beta_server_event_error_error = cls(
            type_=type_,
            message=message,
            code=code,
            param=param,
            event_id=event_id,
        )
        if _none_flips:
            realtime_beta_server_event_error_error._none_flips = _none_flips

        realtime_beta_server_event_error_error.additional_properties = d
        return realtime_beta_server_event_error_error

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
