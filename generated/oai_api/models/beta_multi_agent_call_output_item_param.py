from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_multi_agent_action_1 import (
    BetaMultiAgentAction1,
    check_beta_multi_agent_action_1,
)
from ..models.beta_multi_agent_call_output_item_param_type import (
    BetaMultiAgentCallOutputItemParamType,
    check_beta_multi_agent_call_output_item_param_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag_param import BetaAgentTagParam
    from ..models.beta_output_text_content_param import BetaOutputTextContentParam


@_attrs_define(repr=False)
class BetaMultiAgentCallOutputItemParam(_OpenModel):
    """Result of an earlier multi-agent operation, passed back as input."""

    call_id: str
    """ The `call_id` (1 to 64 chars) of the call this result answers. """
    type_: BetaMultiAgentCallOutputItemParamType
    """ Fixed tag `multi_agent_call_output`. """
    action: BetaMultiAgentAction1
    """ Operation in a multi-agent tree: `spawn_agent`, `interrupt_agent`, `list_agents`, `send_message`,
    `followup_task` or `wait_agent`. """
    output: list[BetaOutputTextContentParam]
    """ Text parts the operation produced. """
    agent: BetaAgentTagParam | None = None
    """ Tag naming the agent this item came from; leave out for the main agent. """
    id: None | str = None
    """ Identifier of this output item, e.g. `maco_123`; optional. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("action", "agent", "call_id", "id", "output", "type")
    _tags = {"type": ("multi_agent_call_output",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_output_text_content_param import BetaOutputTextContentParam

        return fields(
            ("call_id", "call_id", REQUIRED, None),
            (
                "type_",
                "type",
                REQUIRED,
                check_beta_multi_agent_call_output_item_param_type,
            ),
            ("action", "action", REQUIRED, check_beta_multi_agent_action_1),
            ("output", "output", REQUIRED, list_of(BetaOutputTextContentParam)),
            (
                "agent",
                "agent",
                OPTIONAL_OR_NULL,
                one_of(member("beta_agent_tag_param", "BetaAgentTagParam"), None),
            ),
            ("id", "id", OPTIONAL_OR_NULL, one_of(str, None)),
        )
