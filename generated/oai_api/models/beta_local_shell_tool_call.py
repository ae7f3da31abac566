from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_local_shell_tool_call_status import (
    BetaLocalShellToolCallStatus,
    check_beta_local_shell_tool_call_status,
)
from ..models.beta_local_shell_tool_call_type import (
    BetaLocalShellToolCallType,
    check_beta_local_shell_tool_call_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_local_shell_exec_action import BetaLocalShellExecAction


@_attrs_define(repr=False)
class BetaLocalShellToolCall(_OpenModel):
    """The model asking your local shell to execute a command."""

    type_: BetaLocalShellToolCallType
    """ Fixed tag `local_shell_call`. """
    id: str
    """ Identifier of this shell call item. """
    call_id: str
    """ Model-generated ID to quote when you send back the command's output. """
    action: BetaLocalShellExecAction
    """ A command the model wants the local shell tool to run, with its environment and limits. """
    status: BetaLocalShellToolCallStatus
    """ Progress of the call: `in_progress`, `completed` or `incomplete`. """
    agent: BetaAgentTag | None = None
    """ Agent that emitted this item, or None for the main agent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("action", "agent", "call_id", "id", "status", "type")
    _tags = {"type": ("local_shell_call",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_local_shell_exec_action import BetaLocalShellExecAction

        return fields(
            ("type_", "type", REQUIRED, check_beta_local_shell_tool_call_type),
            ("id", "id", REQUIRED, None),
            ("call_id", "call_id", REQUIRED, None),
            ("action", "action", REQUIRED, BetaLocalShellExecAction),
            ("status", "status", REQUIRED, check_beta_local_shell_tool_call_status),
            (
                "agent",
                "agent",
                OPTIONAL_OR_NULL,
                one_of(member("beta_agent_tag", "BetaAgentTag"), None),
            ),
        )
