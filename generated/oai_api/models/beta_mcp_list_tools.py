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
from ..models.beta_mcp_list_tools_type import (
    BetaMCPListToolsType,
    check_beta_mcp_list_tools_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_mcp_list_tools_tool import BetaMCPListToolsTool


@_attrs_define(repr=False)
class BetaMCPListTools(_OpenModel):
    """The tool catalogue fetched from an MCP server."""

    type_: BetaMCPListToolsType
    """ Fixed tag `mcp_list_tools`. """
    id: str
    """ Identifier of this tool-list item. """
    server_label: str
    """ Label of the MCP server that was queried. """
    tools: list[BetaMCPListToolsTool]
    """ Tools the server offers. """
    agent: BetaAgentTag | None = None
    """ Agent that emitted this item, or None for the main agent. """
    error: None | str = None
    """ Why the tools could not be listed; None when listing succeeded. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("agent", "error", "id", "server_label", "tools", "type")
    _tags = {"type": ("mcp_list_tools",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_mcp_list_tools_tool import BetaMCPListToolsTool

        return fields(
            ("type_", "type", REQUIRED, check_beta_mcp_list_tools_type),
            ("id", "id", REQUIRED, None),
            ("server_label", "server_label", REQUIRED, None),
            ("tools", "tools", REQUIRED, list_of(BetaMCPListToolsTool)),
            (
                "agent",
                "agent",
                OPTIONAL_OR_NULL,
                one_of(member("beta_agent_tag", "BetaAgentTag"), None),
            ),
            ("error", "error", OPTIONAL_OR_NULL, one_of(str, None)),
        )
