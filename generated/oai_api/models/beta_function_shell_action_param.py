from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="BetaFunctionShellActionParam")


@_attrs_define
class BetaFunctionShellActionParam:
    """Shell commands to run, as sent in input."""

    commands: list[str]
    """ Commands to run in order. """
    timeout_ms: int | None = None
    """ Time limit for the commands, in milliseconds. """
    max_output_length: int | None = None
    """ Most characters of combined stdout and stderr to keep. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_commands = (
            self.commands
            if self.commands is not None or "commands" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_commands, list):
            commands = _v_commands
        else:
            commands = _v_commands

        _v_timeout_ms = (
            self.timeout_ms
            if self.timeout_ms is not None or "timeout_ms" in self._none_flips
            else UNSET
        )

        timeout_ms: int | None | Unset
        if isinstance(_v_timeout_ms, Unset):
            timeout_ms = UNSET
        else:
            timeout_ms = _v_timeout_ms

        _v_max_output_length = (
            self.max_output_length
            if self.max_output_length is not None
            or "max_output_length" in self._none_flips
            else UNSET
        )

        max_output_length: int | None | Unset
        if isinstance(_v_max_output_length, Unset):
            max_output_length = UNSET
        else:
            max_output_length = _v_max_output_length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "commands": commands,
                }.items()
                if v is not UNSET
            }
        )
        if timeout_ms is not UNSET:
            field_dict["timeout_ms"] = timeout_ms
        if max_output_length is not UNSET:
            field_dict["max_output_length"] = max_output_length

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _commands_raw = d.pop("commands", UNSET)
        if _commands_raw is None or isinstance(_commands_raw, Unset):
            if strict_parsing.get():
                raise KeyError("commands")

            if _commands_raw is UNSET:
                _none_flips += ("commands",)
            commands = None

        else:
            try:
                commands = cast(list[str], _commands_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                commands = _commands_raw

        _timeout_ms_raw = d.pop("timeout_ms", UNSET)
        if _timeout_ms_raw is None or isinstance(_timeout_ms_raw, Unset):
            if _timeout_ms_raw is None:
                _none_flips += ("timeout_ms",)
            timeout_ms = None

        else:
            try:

                def _parse_timeout_ms(data: object) -> int | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(int | None | Unset, data)

                timeout_ms = _parse_timeout_ms(_timeout_ms_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                timeout_ms = _timeout_ms_raw

        _max_output_length_raw = d.pop("max_output_length", UNSET)
        if _max_output_length_raw is None or isinstance(_max_output_length_raw, Unset):
            if _max_output_length_raw is None:
                _none_flips += ("max_output_length",)
            max_output_length = None

        else:
            try:

                def _parse_max_output_length(data: object) -> int | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(int | None | Unset, data)

                max_output_length = _parse_max_output_length(_max_output_length_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                max_output_length = _max_output_length_raw

        beta_function_shell_action_param = cls(
            commands=commands,
            timeout_ms=timeout_ms,
            max_output_length=max_output_length,
        )
        if _none_flips:
            beta_function_shell_action_param._none_flips = _none_flips

        beta_function_shell_action_param.additional_properties = d
        return beta_function_shell_action_param

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
