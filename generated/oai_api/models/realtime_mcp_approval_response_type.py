from typing import Literal

RealtimeMCPApprovalResponseType = Literal["mcp_approval_response"]

REALTIME_MCP_APPROVAL_RESPONSE_TYPE_VALUES: set[RealtimeMCPApprovalResponseType] = {
    "mcp_approval_response",
}


def check_realtime_mcp_approval_response_type(
    value: str,
) -> RealtimeMCPApprovalResponseType:
    if value in REALTIME_MCP_APPROVAL_RESPONSE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_MCP_APPROVAL_RESPONSE_TYPE_VALUES!r}"
    )
