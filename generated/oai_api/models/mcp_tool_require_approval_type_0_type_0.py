from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    DROP,
    OPTIONAL,
    fields,
)
from .._model import Model as _Model

if TYPE_CHECKING:
    from .._model import Table
    from ..models.mcp_tool_filter import MCPToolFilter


@_attrs_define(repr=False)
class MCPToolRequireApprovalType0Type0(_Model):
    always: MCPToolFilter | None = None
    """ Selects MCP tools by name or read-only hint. """
    never: MCPToolFilter | None = None
    """ Selects MCP tools by name or read-only hint. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("always", "never")

    @staticmethod
    def _fields() -> Table:
        from ..models.mcp_tool_filter import MCPToolFilter

        return fields(
            ("always", "always", OPTIONAL, MCPToolFilter),
            ("never", "never", OPTIONAL, MCPToolFilter),
            extra=DROP,
        )
