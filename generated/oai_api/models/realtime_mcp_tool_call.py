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
from ..models.realtime_mcp_tool_call_type import (
    RealtimeMCPToolCallType,
    check_realtime_mcp_tool_call_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.realtime_mcp_protocol_error import RealtimeMCPProtocolError
    from ..models.realtime_mcp_tool_execution_error import RealtimeMCPToolExecutionError
    from ..models.realtime_mcphttp_error import RealtimeMCPHTTPError


@_attrs_define(repr=False)
class RealtimeMCPToolCall(_OpenModel):
    """Conversation item recording a call to a tool on an MCP server, with its output or error."""

    type_: RealtimeMCPToolCallType

    id: str

    server_label: str

    name: str

    arguments: str

    approval_request_id: None | str = None

    output: None | str = None

    error: (
        None
        | RealtimeMCPHTTPError
        | RealtimeMCPProtocolError
        | RealtimeMCPToolExecutionError
    ) = None

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
        "type",
    )
    _tags = {"type": ("mcp_call",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_realtime_mcp_tool_call_type),
            ("id", "id", REQUIRED, None),
            ("server_label", "server_label", REQUIRED, None),
            ("name", "name", REQUIRED, None),
            ("arguments", "arguments", REQUIRED, None),
            (
                "approval_request_id",
                "approval_request_id",
                OPTIONAL_OR_NULL,
                one_of(str, None),
            ),
            ("output", "output", OPTIONAL_OR_NULL, one_of(str, None)),
            (
                "error",
                "error",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "realtime_mcp_protocol_error",
                        "RealtimeMCPProtocolError",
                        ("type", "protocol_error"),
                    ),
                    member(
                        "realtime_mcp_tool_execution_error",
                        "RealtimeMCPToolExecutionError",
                        ("type", "tool_execution_error"),
                    ),
                    member(
                        "realtime_mcphttp_error",
                        "RealtimeMCPHTTPError",
                        ("type", "http_error"),
                    ),
                    None,
                ),
            ),
        )
