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
from ..models.beta_callable_tool_allowed_caller import (
    BetaCallableToolAllowedCaller,
    check_beta_callable_tool_allowed_caller,
)
from ..models.beta_mcp_tool_connector_id import (
    BetaMCPToolConnectorId,
    check_beta_mcp_tool_connector_id,
)
from ..models.beta_mcp_tool_require_approval_type_0_type_1 import (
    BetaMCPToolRequireApprovalType0Type1,
    check_beta_mcp_tool_require_approval_type_0_type_1,
)
from ..models.beta_mcp_tool_type import BetaMCPToolType, check_beta_mcp_tool_type

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_mcp_tool_filter import BetaMCPToolFilter
    from ..models.beta_mcp_tool_headers_type_0 import BetaMCPToolHeadersType0
    from ..models.beta_mcp_tool_require_approval_type_0_type_0 import (
        BetaMCPToolRequireApprovalType0Type0,
    )


@_attrs_define(repr=False)
class BetaMCPTool(_OpenModel):
    """Connects the model to tools on a remote Model Context Protocol server or service connector."""

    type_: BetaMCPToolType
    """ Fixed tag `mcp`. """
    server_label: str
    """ Name you give the server; it identifies the server in tool calls. """
    server_url: str | None = None
    """ Address of the MCP server; give this, `connector_id` or `tunnel_id`. """
    connector_id: BetaMCPToolConnectorId | None = None
    """ Built-in service connector to use, e.g. `connector_gmail` or `connector_sharepoint`; give this, `server_url`
    or `tunnel_id`. """
    tunnel_id: str | None = None
    """ Secure MCP Tunnel to reach the server through, in place of a direct URL; give this, `server_url` or
    `connector_id`. """
    authorization: str | None = None
    """ OAuth access token passed to the server or connector; your app obtains it through its own OAuth flow. """
    server_description: str | None = None
    """ Optional context about the server to help the model use it. """
    headers: BetaMCPToolHeadersType0 | None = None
    """ Extra HTTP headers sent to the MCP server, e.g. for authentication. """
    allowed_tools: BetaMCPToolFilter | list[str] | None = None
    """ Restricts which server tools the model may use: a list of names or a filter; None allows all. """
    allowed_callers: list[BetaCallableToolAllowedCaller] | None = None
    """ Contexts permitted to invoke this tool (at least one); None means no restriction. """
    require_approval: (
        BetaMCPToolRequireApprovalType0Type0
        | BetaMCPToolRequireApprovalType0Type1
        | None
    ) = None
    """ Which tools need human approval: `always`, `never`, or per-tool filters; default `always`. """
    defer_loading: bool | None = None
    """ If true, the tool's definitions are loaded only when tool search discovers them. """
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
            ("type_", "type", REQUIRED, check_beta_mcp_tool_type),
            ("server_label", "server_label", REQUIRED, None),
            ("server_url", "server_url", OPTIONAL, None),
            (
                "connector_id",
                "connector_id",
                OPTIONAL,
                check_beta_mcp_tool_connector_id,
            ),
            ("tunnel_id", "tunnel_id", OPTIONAL, None),
            ("authorization", "authorization", OPTIONAL, None),
            ("server_description", "server_description", OPTIONAL, None),
            (
                "headers",
                "headers",
                OPTIONAL_OR_NULL,
                one_of(
                    member("beta_mcp_tool_headers_type_0", "BetaMCPToolHeadersType0"),
                    None,
                ),
            ),
            (
                "allowed_tools",
                "allowed_tools",
                OPTIONAL_OR_NULL,
                one_of(
                    list_of(None),
                    member("beta_mcp_tool_filter", "BetaMCPToolFilter"),
                    None,
                ),
            ),
            (
                "allowed_callers",
                "allowed_callers",
                OPTIONAL_OR_NULL,
                one_of(list_of(check_beta_callable_tool_allowed_caller), None),
            ),
            (
                "require_approval",
                "require_approval",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "beta_mcp_tool_require_approval_type_0_type_0",
                        "BetaMCPToolRequireApprovalType0Type0",
                    ),
                    check_beta_mcp_tool_require_approval_type_0_type_1,
                    None,
                ),
            ),
            ("defer_loading", "defer_loading", OPTIONAL, None),
        )
