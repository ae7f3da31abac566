from typing import Literal

BetaMCPApprovalResponseResourceType = Literal["mcp_approval_response"]

BETA_MCP_APPROVAL_RESPONSE_RESOURCE_TYPE_VALUES: set[
    BetaMCPApprovalResponseResourceType
] = {
    "mcp_approval_response",
}


def check_beta_mcp_approval_response_resource_type(
    value: str,
) -> BetaMCPApprovalResponseResourceType:
    if value in BETA_MCP_APPROVAL_RESPONSE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_MCP_APPROVAL_RESPONSE_RESOURCE_TYPE_VALUES!r}"
    )
