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
from ..models.beta_multi_agent_action_1 import (
    BetaMultiAgentAction1,
    check_beta_multi_agent_action_1,
)
from ..models.beta_multi_agent_call_item_param_type import (
    BetaMultiAgentCallItemParamType,
    check_beta_multi_agent_call_item_param_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag_param import BetaAgentTagParam


@_attrs_define(repr=False)
class BetaMultiAgentCallItemParam(_OpenModel):
    """A previous multi-agent operation call, passed back as input."""

    call_id: str
    """ ID (1 to 64 chars) that pairs this call with its output item. """
    type_: BetaMultiAgentCallItemParamType
    """ Fixed tag `multi_agent_call`. """
    action: BetaMultiAgentAction1
    """ Operation in a multi-agent tree: `spawn_agent`, `interrupt_agent`, `list_agents`, `send_message`,
    `followup_task` or `wait_agent`. """
    arguments: str
    """ JSON-encoded arguments for the operation. """
    agent: BetaAgentTagParam | None = None
    """ Tag naming the agent this item came from; leave out for the main agent. """
    id: None | str = None
    """ Identifier of this call item, e.g. `mac_123`; optional. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("action", "agent", "arguments", "call_id", "id", "type")
    _tags = {"type": ("multi_agent_call",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("call_id", "call_id", REQUIRED, None),
            ("type_", "type", REQUIRED, check_beta_multi_agent_call_item_param_type),
            ("action", "action", REQUIRED, check_beta_multi_agent_action_1),
            ("arguments", "arguments", REQUIRED, None),
            (
                "agent",
                "agent",
                OPTIONAL_OR_NULL,
                one_of(member("beta_agent_tag_param", "BetaAgentTagParam"), None),
            ),
            ("id", "id", OPTIONAL_OR_NULL, one_of(str, None)),
        )
