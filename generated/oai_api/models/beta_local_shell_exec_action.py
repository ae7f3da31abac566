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
from ..models.beta_local_shell_exec_action_type import (
    BetaLocalShellExecActionType,
    check_beta_local_shell_exec_action_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_local_shell_exec_action_env import BetaLocalShellExecActionEnv


@_attrs_define(repr=False)
class BetaLocalShellExecAction(_OpenModel):
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
    _keys = ("command", "env", "timeout_ms", "type", "user", "working_directory")
    _tags = {"type": ("exec",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_local_shell_exec_action_env import (
            BetaLocalShellExecActionEnv,
        )

        return fields(
            ("type_", "type", REQUIRED, check_beta_local_shell_exec_action_type),
            ("command", "command", REQUIRED, list_of(None)),
            ("env", "env", REQUIRED, BetaLocalShellExecActionEnv),
            ("timeout_ms", "timeout_ms", OPTIONAL_OR_NULL, one_of(int, None)),
            (
                "working_directory",
                "working_directory",
                OPTIONAL_OR_NULL,
                one_of(str, None),
            ),
            ("user", "user", OPTIONAL_OR_NULL, one_of(str, None)),
        )
