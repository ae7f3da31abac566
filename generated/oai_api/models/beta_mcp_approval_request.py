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
from ..models.beta_mcp_approval_request_type import (
    BetaMCPApprovalRequestType,
    check_beta_mcp_approval_request_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag import BetaAgentTag


@_attrs_define(repr=False)
class BetaMCPApprovalRequest(_OpenModel):
    """The model asking a human to allow or deny a call to an MCP server tool."""

    type_: BetaMCPApprovalRequestType
    """ Fixed tag `mcp_approval_request`. """
    id: str
    """ Identifier of this approval request; quote it in your `mcp_approval_response`. """
    server_label: str
    """ Label of the MCP server that hosts the tool. """
    name: str
    """ Tool the model wants to call. """
    arguments: str
    """ Tool arguments the model proposes, as a JSON string. """
    agent: BetaAgentTag | None = None
    """ Agent that emitted this item, or None for the main agent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("agent", "arguments", "id", "name", "server_label", "type")
    _tags = {"type": ("mcp_approval_request",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_mcp_approval_request_type),
            ("id", "id", REQUIRED, None),
            ("server_label", "server_label", REQUIRED, None),
            ("name", "name", REQUIRED, None),
            ("arguments", "arguments", REQUIRED, None),
            (
                "agent",
                "agent",
                OPTIONAL_OR_NULL,
                one_of(member("beta_agent_tag", "BetaAgentTag"), None),
            ),
        )
