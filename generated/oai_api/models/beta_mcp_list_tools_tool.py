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
    from ..models.beta_mcp_list_tools_tool_annotations_type_0 import (
        BetaMCPListToolsToolAnnotationsType0,
    )
    from ..models.beta_mcp_list_tools_tool_input_schema import (
        BetaMCPListToolsToolInputSchema,
    )


@_attrs_define(repr=False)
class BetaMCPListToolsTool(_OpenModel):
    """One tool advertised by an MCP server: its name, summary and input schema."""

    name: str
    """ Name used to call the tool. """
    input_schema: BetaMCPListToolsToolInputSchema
    """ JSON Schema for the arguments the tool accepts. """
    description: None | str = None
    """ What the tool does, as reported by the server; may be None. """
    annotations: BetaMCPListToolsToolAnnotationsType0 | None = None
    """ Extra metadata the server attached to the tool, if any. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("annotations", "description", "input_schema", "name")

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_mcp_list_tools_tool_input_schema import (
            BetaMCPListToolsToolInputSchema,
        )

        return fields(
            ("name", "name", REQUIRED, None),
            ("input_schema", "input_schema", REQUIRED, BetaMCPListToolsToolInputSchema),
            ("description", "description", OPTIONAL_OR_NULL, one_of(str, None)),
            (
                "annotations",
                "annotations",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "beta_mcp_list_tools_tool_annotations_type_0",
                        "BetaMCPListToolsToolAnnotationsType0",
                    ),
                    None,
                ),
            ),
        )
