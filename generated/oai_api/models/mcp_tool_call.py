from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.mcp_tool_call_status import MCPToolCallStatus, check_mcp_tool_call_status
from ..models.mcp_tool_call_type import MCPToolCallType, check_mcp_tool_call_type

if TYPE_CHECKING:
    from .._model import Table
    from ..models.http_error import HTTPError
    from ..models.mcp_protocol_error import MCPProtocolError
    from ..models.mcp_tool_execution_error import MCPToolExecutionError


@_attrs_define(repr=False)
class MCPToolCall(_OpenModel):
    """A call of a tool on an MCP server, with its output or error."""

    type_: MCPToolCallType
    """ Fixed tag `mcp_call`. """
    id: str
    """ Unique ID. """
    server_label: str
    """ Label of the MCP server. """
    name: str
    """ Name of the tool called. """
    arguments: str
    """ Arguments as a JSON string. """
    output: None | str = None
    """ What the tool returned. """
    error: HTTPError | MCPProtocolError | MCPToolExecutionError | None = None
    """ Why the call failed, if it did. """
    status: MCPToolCallStatus | None = None
    """ State of an MCP tool call. """
    approval_request_id: None | str = None
    """ Approval request this call followed, if any. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "approval_request_id",
        "arguments",
        "error",
        "id",
        "name",
        "output",
        "server_label",
        "status",
        "type",
    )
    _tags = {"type": ("mcp_call",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_mcp_tool_call_type),
            ("id", "id", REQUIRED, None),
            ("server_label", "server_label", REQUIRED, None),
            ("name", "name", REQUIRED, None),
            ("arguments", "arguments", REQUIRED, None),
            ("output", "output", OPTIONAL_OR_NULL, one_of(str, None)),
            (
                "error",
                "error",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "mcp_protocol_error",
                        "MCPProtocolError",
                        ("type", "mcp_protocol_error"),
                    ),
                    member(
                        "mcp_tool_execution_error",
                        "MCPToolExecutionError",
                        ("type", "mcp_tool_execution_error"),
                    ),
                    member("http_error", "HTTPError", ("type", "http_error")),
                    None,
                ),
            ),
            ("status", "status", OPTIONAL, check_mcp_tool_call_status),
            (
                "approval_request_id",
                "approval_request_id",
                OPTIONAL_OR_NULL,
                one_of(str, None),
            ),
        )
