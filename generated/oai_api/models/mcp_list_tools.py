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
from ..models.mcp_list_tools_type import MCPListToolsType, check_mcp_list_tools_type

if TYPE_CHECKING:
    from .._model import Table
    from ..models.mcp_list_tools_tool import MCPListToolsTool


@_attrs_define(repr=False)
class MCPListTools(_OpenModel):
    """The tools an MCP server offers, as listed for the model."""

    type_: MCPListToolsType
    """ Fixed tag `mcp_list_tools`. """
    id: str
    """ Unique ID. """
    server_label: str
    """ Label of the MCP server. """
    tools: list[MCPListToolsTool]
    """ Tools the server offers. """
    error: None | str = None
    """ Why listing failed, if it did. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("error", "id", "server_label", "tools", "type")
    _tags = {"type": ("mcp_list_tools",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.mcp_list_tools_tool import MCPListToolsTool

        return fields(
            ("type_", "type", REQUIRED, check_mcp_list_tools_type),
            ("id", "id", REQUIRED, None),
            ("server_label", "server_label", REQUIRED, None),
            ("tools", "tools", REQUIRED, list_of(MCPListToolsTool)),
            ("error", "error", OPTIONAL_OR_NULL, one_of(str, None)),
        )
