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
from ..models.beta_local_shell_tool_call_output_status_type_0 import (
    BetaLocalShellToolCallOutputStatusType0,
    check_beta_local_shell_tool_call_output_status_type_0,
)
from ..models.beta_local_shell_tool_call_output_type import (
    BetaLocalShellToolCallOutputType,
    check_beta_local_shell_tool_call_output_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag import BetaAgentTag


@_attrs_define(repr=False)
class BetaLocalShellToolCallOutput(_OpenModel):
    """What a local shell command produced, sent back to the model."""

    type_: BetaLocalShellToolCallOutputType
    """ Fixed tag `local_shell_call_output`. """
    id: str
    """ Model-generated ID of the shell call this output answers. """
    output: str
    """ The command's result, encoded as a JSON string. """
    agent: BetaAgentTag | None = None
    """ Agent that emitted this item, or None for the main agent. """
    status: BetaLocalShellToolCallOutputStatusType0 | None = None
    """ Item progress: `in_progress`, `completed` or `incomplete`; may be None. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("agent", "id", "output", "status", "type")
    _tags = {"type": ("local_shell_call_output",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_local_shell_tool_call_output_type),
            ("id", "id", REQUIRED, None),
            ("output", "output", REQUIRED, None),
            (
                "agent",
                "agent",
                OPTIONAL_OR_NULL,
                one_of(member("beta_agent_tag", "BetaAgentTag"), None),
            ),
            (
                "status",
                "status",
                OPTIONAL_OR_NULL,
                one_of(check_beta_local_shell_tool_call_output_status_type_0, None),
            ),
        )
