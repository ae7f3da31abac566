from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.tool_choice_mcp_type import ToolChoiceMCPType, check_tool_choice_mcp_type

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ToolChoiceMCP(_OpenModel):
    """Force a tool of the named MCP server."""

    type_: ToolChoiceMCPType
    """ Fixed tag `mcp`. """
    server_label: str
    """ Label of the MCP server. """
    name: None | str = None
    """ Name of the tool on that server. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("name", "server_label", "type")
    _tags = {"type": ("mcp",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_tool_choice_mcp_type),
            ("server_label", "server_label", REQUIRED, None),
            ("name", "name", OPTIONAL_OR_NULL, one_of(str, None)),
        )
