from typing import Literal

BetaMCPApprovalRequestType = Literal["mcp_approval_request"]

BETA_MCP_APPROVAL_REQUEST_TYPE_VALUES: set[BetaMCPApprovalRequestType] = {
    "mcp_approval_request",
}


def check_beta_mcp_approval_request_type(value: str) -> BetaMCPApprovalRequestType:
    if value in BETA_MCP_APPROVAL_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_MCP_APPROVAL_REQUEST_TYPE_VALUES!r}"
    )
