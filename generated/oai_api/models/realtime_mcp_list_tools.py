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
from ..models.realtime_mcp_list_tools_type import (
    RealtimeMCPListToolsType,
    check_realtime_mcp_list_tools_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.mcp_list_tools_tool import MCPListToolsTool


@_attrs_define(repr=False)
class RealtimeMCPListTools(_OpenModel):
    """Conversation item with the tool catalogue an MCP server exposes."""

    type_: RealtimeMCPListToolsType

    server_label: str

    tools: list[MCPListToolsTool]

    id: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("id", "server_label", "tools", "type")
    _tags = {"type": ("mcp_list_tools",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.mcp_list_tools_tool import MCPListToolsTool

        return fields(
            ("type_", "type", REQUIRED, check_realtime_mcp_list_tools_type),
            ("server_label", "server_label", REQUIRED, None),
            ("tools", "tools", REQUIRED, list_of(MCPListToolsTool)),
            ("id", "id", OPTIONAL, None),
        )
