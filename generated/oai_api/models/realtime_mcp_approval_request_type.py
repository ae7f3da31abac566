from typing import Literal

RealtimeMCPApprovalRequestType = Literal["mcp_approval_request"]

REALTIME_MCP_APPROVAL_REQUEST_TYPE_VALUES: set[RealtimeMCPApprovalRequestType] = {
    "mcp_approval_request",
}


def check_realtime_mcp_approval_request_type(
    value: str,
) -> RealtimeMCPApprovalRequestType:
    if value in REALTIME_MCP_APPROVAL_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_MCP_APPROVAL_REQUEST_TYPE_VALUES!r}"
    )
