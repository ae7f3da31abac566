from typing import Literal

BetaResponseMCPCallCompletedEventType = Literal["response.mcp_call.completed"]

BETA_RESPONSE_MCP_CALL_COMPLETED_EVENT_TYPE_VALUES: set[
    BetaResponseMCPCallCompletedEventType
] = {
    "response.mcp_call.completed",
}


def check_beta_response_mcp_call_completed_event_type(
    value: str,
) -> BetaResponseMCPCallCompletedEventType:
    if value in BETA_RESPONSE_MCP_CALL_COMPLETED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_MCP_CALL_COMPLETED_EVENT_TYPE_VALUES!r}"
    )
