from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_local_shell_exec_action_type import (
    BetaLocalShellExecActionType,
    check_beta_local_shell_exec_action_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_local_shell_exec_action_env import BetaLocalShellExecActionEnv


T = TypeVar("T", bound="BetaLocalShellExecAction")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, BetaLocalShellExecActionEnv
    from ..models.beta_local_shell_exec_action_env import BetaLocalShellExecActionEnv

    _models_bound = True


@_attrs_define
class BetaLocalShellExecAction:
    """A command the model wants the local shell tool to run, with its environment and limits."""

    type_: BetaLocalShellExecActionType
    """ Fixed tag `exec`. """
    command: list[str]
    """ Program and its arguments, one string per argv element. """
    env: BetaLocalShellExecActionEnv
    """ Extra environment variables for the process, as a name-to-value map. """
    timeout_ms: int | None = None
    """ Time limit for the command in milliseconds; None means no limit was given. """
    working_directory: None | str = None
    """ Directory to start the command in; None means the default. """
    user: None | str = None
    """ Account to run the command as; None means the default user. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_command = (
            self.command
            if self.command is not None or "command" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_command, list):
            command = _v_command
        else:
            command = _v_command

        _v_env = (
            self.env if self.env is not None or "env" not in self._none_flips else UNSET
        )

        if not isinstance(_v_env, BetaLocalShellExecActionEnv):
            env = _v_env
        else:
            env = _v_env.to_dict()

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

        _v_working_directory = (
            self.working_directory
            if self.working_directory is not None
            or "working_directory" in self._none_flips
            else UNSET
        )

        working_directory: None | str | Unset
        if isinstance(_v_working_directory, Unset):
            working_directory = UNSET
        else:
            working_directory = _v_working_directory

        _v_user = (
            self.user if self.user is not None or "user" in self._none_flips else UNSET
        )

        user: None | str | Unset
        if isinstance(_v_user, Unset):
            user = UNSET
        else:
            user = _v_user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "command": command,
                    "env": env,
                }.items()
                if v is not UNSET
            }
        )
        if timeout_ms is not UNSET:
            field_dict["timeout_ms"] = timeout_ms
        if working_directory is not UNSET:
            field_dict["working_directory"] = working_directory
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
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
                type_ = check_beta_local_shell_exec_action_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _command_raw = d.pop("command", UNSET)
        if _command_raw is None or isinstance(_command_raw, Unset):
            if strict_parsing.get():
                raise KeyError("command")

            if _command_raw is UNSET:
                _none_flips += ("command",)
            command = None

        else:
            try:
                command = cast(list[str], _command_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                command = _command_raw

        _env_raw = d.pop("env", UNSET)
        if _env_raw is None or isinstance(_env_raw, Unset):
            if strict_parsing.get():
                raise KeyError("env")

            if _env_raw is UNSET:
                _none_flips += ("env",)
            env = None

        else:
            try:
                env = BetaLocalShellExecActionEnv.from_dict(_env_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                env = _env_raw

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

        _working_directory_raw = d.pop("working_directory", UNSET)
        if _working_directory_raw is None or isinstance(_working_directory_raw, Unset):
            if _working_directory_raw is None:
                _none_flips += ("working_directory",)
            working_directory = None

        else:
            try:

                def _parse_working_directory(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                working_directory = _parse_working_directory(_working_directory_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                working_directory = _working_directory_raw

        _user_raw = d.pop("user", UNSET)
        if _user_raw is None or isinstance(_user_raw, Unset):
            if _user_raw is None:
                _none_flips += ("user",)
            user = None

        else:
            try:

                def _parse_user(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                user = _parse_user(_user_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                user = _user_raw

        beta_local_shell_exec_action = cls(
            type_=type_,
            command=command,
            env=env,
            timeout_ms=timeout_ms,
            working_directory=working_directory,
            user=user,
        )
        if _none_flips:
            beta_local_shell_exec_action._none_flips = _none_flips

        beta_local_shell_exec_action.additional_properties = d
        return beta_local_shell_exec_action

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
