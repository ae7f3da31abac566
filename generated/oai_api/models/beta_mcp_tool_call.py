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
from ..models.beta_mcp_tool_call_status import (
    BetaMCPToolCallStatus,
    check_beta_mcp_tool_call_status,
)
from ..models.beta_mcp_tool_call_type import (
    BetaMCPToolCallType,
    check_beta_mcp_tool_call_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_http_error import BetaHTTPError
    from ..models.beta_mcp_protocol_error import BetaMCPProtocolError
    from ..models.beta_mcp_tool_execution_error import BetaMCPToolExecutionError


@_attrs_define(repr=False)
class BetaMCPToolCall(_OpenModel):
    """A call the model made to a tool on an MCP server, with its result or error."""

    type_: BetaMCPToolCallType
    """ Fixed tag `mcp_call`. """
    id: str
    """ Identifier of this tool call item. """
    server_label: str
    """ Which MCP server, by label, executed the tool. """
    name: str
    """ Tool that was invoked. """
    arguments: str
    """ Arguments sent to the tool, as a JSON string. """
    agent: BetaAgentTag | None = None
    """ Agent that emitted this item, or None for the main agent. """
    output: None | str = None
    """ What the tool returned; None if it has not finished or failed. """
    error: BetaHTTPError | BetaMCPProtocolError | BetaMCPToolExecutionError | None = (
        None
    )
    """ What went wrong, or None when the call succeeded. """
    status: BetaMCPToolCallStatus | None = None
    """ Progress of an MCP tool call: `in_progress`, `calling`, `completed`, `incomplete` or `failed`. """
    approval_request_id: None | str = None
    """ ID of the approval request tied to this call; answer it with an `mcp_approval_response`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "agent",
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
            ("type_", "type", REQUIRED, check_beta_mcp_tool_call_type),
            ("id", "id", REQUIRED, None),
            ("server_label", "server_label", REQUIRED, None),
            ("name", "name", REQUIRED, None),
            ("arguments", "arguments", REQUIRED, None),
            (
                "agent",
                "agent",
                OPTIONAL_OR_NULL,
                one_of(member("beta_agent_tag", "BetaAgentTag"), None),
            ),
            ("output", "output", OPTIONAL_OR_NULL, one_of(str, None)),
            (
                "error",
                "error",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "beta_mcp_protocol_error",
                        "BetaMCPProtocolError",
                        ("type", "mcp_protocol_error"),
                    ),
                    member(
                        "beta_mcp_tool_execution_error",
                        "BetaMCPToolExecutionError",
                        ("type", "mcp_tool_execution_error"),
                    ),
                    member("beta_http_error", "BetaHTTPError", ("type", "http_error")),
                    None,
                ),
            ),
            ("status", "status", OPTIONAL, check_beta_mcp_tool_call_status),
            (
                "approval_request_id",
                "approval_request_id",
                OPTIONAL_OR_NULL,
                one_of(str, None),
            ),
        )
