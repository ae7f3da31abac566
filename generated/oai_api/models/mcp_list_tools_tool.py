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

if TYPE_CHECKING:
    from .._model import Table
    from ..models.mcp_list_tools_tool_annotations_type_0 import (
        MCPListToolsToolAnnotationsType0,
    )
    from ..models.mcp_list_tools_tool_input_schema import MCPListToolsToolInputSchema


@_attrs_define(repr=False)
class MCPListToolsTool(_OpenModel):
    """One tool of an MCP server."""

    name: str
    """ Name of the tool. """
    input_schema: MCPListToolsToolInputSchema
    """ JSON schema of the tool's arguments. """
    description: None | str = None
    """ What the tool does. """
    annotations: MCPListToolsToolAnnotationsType0 | None = None
    """ Extra hints the server gives about the tool. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("annotations", "description", "input_schema", "name")

    @staticmethod
    def _fields() -> Table:
        from ..models.mcp_list_tools_tool_input_schema import (
            MCPListToolsToolInputSchema,
        )

        return fields(
            ("name", "name", REQUIRED, None),
            ("input_schema", "input_schema", REQUIRED, MCPListToolsToolInputSchema),
            ("description", "description", OPTIONAL_OR_NULL, one_of(str, None)),
            (
                "annotations",
                "annotations",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "mcp_list_tools_tool_annotations_type_0",
                        "MCPListToolsToolAnnotationsType0",
                    ),
                    None,
                ),
            ),
        )
