from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_mcp_tool_execution_error_type import (
    BetaMCPToolExecutionErrorType,
    check_beta_mcp_tool_execution_error_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class BetaMCPToolExecutionError(_OpenModel):
    """The MCP tool ran but reported an error."""

    type_: BetaMCPToolExecutionErrorType
    """ Fixed tag `mcp_tool_execution_error`. """
    content: Any
    """ Error content returned by the tool, in whatever shape it sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("content", "type")
    _tags = {"type": ("mcp_tool_execution_error",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_mcp_tool_execution_error_type),
            ("content", "content", REQUIRED_OR_NULL, None),
        )
