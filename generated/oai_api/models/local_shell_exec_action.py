from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    list_of,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.local_shell_exec_action_type import (
    LocalShellExecActionType,
    check_local_shell_exec_action_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.local_shell_exec_action_env import LocalShellExecActionEnv


@_attrs_define(repr=False)
class LocalShellExecAction(_OpenModel):
    """A command for the local shell tool to run."""

    type_: LocalShellExecActionType
    """ Fixed tag `exec`. """
    command: list[str]
    """ Program and arguments. """
    env: LocalShellExecActionEnv
    """ Environment variables to set. """
    timeout_ms: int | None = None
    """ Time limit in milliseconds. """
    working_directory: None | str = None
    """ Directory to run in. """
    user: None | str = None
    """ User to run as. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("command", "env", "timeout_ms", "type", "user", "working_directory")
    _tags = {"type": ("exec",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.local_shell_exec_action_env import LocalShellExecActionEnv

        return fields(
            ("type_", "type", REQUIRED, check_local_shell_exec_action_type),
            ("command", "command", REQUIRED, list_of(None)),
            ("env", "env", REQUIRED, LocalShellExecActionEnv),
            ("timeout_ms", "timeout_ms", OPTIONAL_OR_NULL, one_of(int, None)),
            (
                "working_directory",
                "working_directory",
                OPTIONAL_OR_NULL,
                one_of(str, None),
            ),
            ("user", "user", OPTIONAL_OR_NULL, one_of(str, None)),
        )
