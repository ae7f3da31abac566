from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.callable_tool_allowed_caller import (
    CallableToolAllowedCaller,
    check_callable_tool_allowed_caller,
)
from ..models.mcp_tool_connector_id import (
    MCPToolConnectorId,
    check_mcp_tool_connector_id,
)
from ..models.mcp_tool_require_approval_type_0_type_1 import (
    MCPToolRequireApprovalType0Type1,
    check_mcp_tool_require_approval_type_0_type_1,
)
from ..models.mcp_tool_type import MCPToolType, check_mcp_tool_type

if TYPE_CHECKING:
    from .._model import Table
    from ..models.mcp_tool_filter import MCPToolFilter
    from ..models.mcp_tool_headers_type_0 import MCPToolHeadersType0
    from ..models.mcp_tool_require_approval_type_0_type_0 import (
        MCPToolRequireApprovalType0Type0,
    )


@_attrs_define(repr=False)
class MCPTool(_OpenModel):
    """Tools served by a remote MCP (Model Context Protocol) server or a connector."""

    type_: MCPToolType
    """ Fixed tag `mcp`. """
    server_label: str
    """ Label naming this server in tool calls. """
    server_url: str | None = None
    """ Where the MCP server listens; give this, `connector_id` or `tunnel_id`. """
    connector_id: MCPToolConnectorId | None = None
    """ Built-in service connector to use instead of a server URL. """
    tunnel_id: str | None = None
    """ Secure MCP tunnel to use instead of a server URL. """
    authorization: str | None = None
    """ OAuth access token for the server or connector. """
    server_description: str | None = None
    """ What the server offers, for the model. """
    headers: MCPToolHeadersType0 | None = None
    """ HTTP headers sent to the server, e.g. for authentication. """
    allowed_tools: list[str] | MCPToolFilter | None = None
    """ Tool names, or a filter, the model may use. """
    allowed_callers: list[CallableToolAllowedCaller] | None = None
    """ Who may call the tool: the model directly, programs it writes, or both. """
    require_approval: (
        MCPToolRequireApprovalType0Type0 | MCPToolRequireApprovalType0Type1 | None
    ) = None
    """ Which tools need the caller's approval: `always`, `never`, or per-tool filters. """
    defer_loading: bool | None = None
    """ Load the server's tools only when tool search finds them. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "allowed_callers",
        "allowed_tools",
        "authorization",
        "connector_id",
        "defer_loading",
        "headers",
        "require_approval",
        "server_description",
        "server_label",
        "server_url",
        "tunnel_id",
        "type",
    )
    _tags = {"type": ("mcp",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_mcp_tool_type),
            ("server_label", "server_label", REQUIRED, None),
            ("server_url", "server_url", OPTIONAL, None),
            ("connector_id", "connector_id", OPTIONAL, check_mcp_tool_connector_id),
            ("tunnel_id", "tunnel_id", OPTIONAL, None),
            ("authorization", "authorization", OPTIONAL, None),
            ("server_description", "server_description", OPTIONAL, None),
            (
                "headers",
                "headers",
                OPTIONAL_OR_NULL,
                one_of(member("mcp_tool_headers_type_0", "MCPToolHeadersType0"), None),
            ),
            (
                "allowed_tools",
                "allowed_tools",
                OPTIONAL_OR_NULL,
                one_of(list_of(None), member("mcp_tool_filter", "MCPToolFilter"), None),
            ),
            (
                "allowed_callers",
                "allowed_callers",
                OPTIONAL_OR_NULL,
                one_of(list_of(check_callable_tool_allowed_caller), None),
            ),
            (
                "require_approval",
                "require_approval",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "mcp_tool_require_approval_type_0_type_0",
                        "MCPToolRequireApprovalType0Type0",
                    ),
                    check_mcp_tool_require_approval_type_0_type_1,
                    None,
                ),
            ),
            ("defer_loading", "defer_loading", OPTIONAL, None),
        )
