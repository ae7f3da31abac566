from typing import Literal

MCPApprovalRequestType = Literal["mcp_approval_request"]

MCP_APPROVAL_REQUEST_TYPE_VALUES: set[MCPApprovalRequestType] = {
    "mcp_approval_request",
}


def check_mcp_approval_request_type(value: str) -> MCPApprovalRequestType:
    if value in MCP_APPROVAL_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MCP_APPROVAL_REQUEST_TYPE_VALUES!r}"
    )
