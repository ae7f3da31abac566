from typing import Literal

MCPApprovalResponseResourceType = Literal["mcp_approval_response"]

MCP_APPROVAL_RESPONSE_RESOURCE_TYPE_VALUES: set[MCPApprovalResponseResourceType] = {
    "mcp_approval_response",
}


def check_mcp_approval_response_resource_type(
    value: str,
) -> MCPApprovalResponseResourceType:
    if value in MCP_APPROVAL_RESPONSE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MCP_APPROVAL_RESPONSE_RESOURCE_TYPE_VALUES!r}"
    )
