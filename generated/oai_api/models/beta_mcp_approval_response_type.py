from typing import Literal

BetaMCPApprovalResponseType = Literal["mcp_approval_response"]

BETA_MCP_APPROVAL_RESPONSE_TYPE_VALUES: set[BetaMCPApprovalResponseType] = {
    "mcp_approval_response",
}


def check_beta_mcp_approval_response_type(value: str) -> BetaMCPApprovalResponseType:
    if value in BETA_MCP_APPROVAL_RESPONSE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_MCP_APPROVAL_RESPONSE_TYPE_VALUES!r}"
    )
