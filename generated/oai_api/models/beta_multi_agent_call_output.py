from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
    list_of,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_multi_agent_action import (
    BetaMultiAgentAction,
    check_beta_multi_agent_action,
)
from ..models.beta_multi_agent_call_output_type import (
    BetaMultiAgentCallOutputType,
    check_beta_multi_agent_call_output_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_output_text_content import BetaOutputTextContent


@_attrs_define(repr=False)
class BetaMultiAgentCallOutput(_OpenModel):
    """Result of a multi-agent operation, as text content."""

    type_: BetaMultiAgentCallOutputType

    id: str

    call_id: str

    action: BetaMultiAgentAction
    """ Operation in a multi-agent tree: `spawn_agent`, `interrupt_agent`, `list_agents`, `send_message`,
    `followup_task` or `wait_agent`. """
    output: list[BetaOutputTextContent]

    agent: BetaAgentTag | None = None
    """ Names the agent behind an item in a multi-agent run. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("action", "agent", "call_id", "id", "output", "type")
    _tags = {"type": ("multi_agent_call_output",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_agent_tag import BetaAgentTag
        from ..models.beta_output_text_content import BetaOutputTextContent

        return fields(
            ("type_", "type", REQUIRED, check_beta_multi_agent_call_output_type),
            ("id", "id", REQUIRED, None),
            ("call_id", "call_id", REQUIRED, None),
            ("action", "action", REQUIRED, check_beta_multi_agent_action),
            ("output", "output", REQUIRED, list_of(BetaOutputTextContent)),
            ("agent", "agent", OPTIONAL, BetaAgentTag),
        )
