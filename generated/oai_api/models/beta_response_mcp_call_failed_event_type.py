from typing import Literal

BetaResponseMCPCallFailedEventType = Literal["response.mcp_call.failed"]

BETA_RESPONSE_MCP_CALL_FAILED_EVENT_TYPE_VALUES: set[
    BetaResponseMCPCallFailedEventType
] = {
    "response.mcp_call.failed",
}


def check_beta_response_mcp_call_failed_event_type(
    value: str,
) -> BetaResponseMCPCallFailedEventType:
    if value in BETA_RESPONSE_MCP_CALL_FAILED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_MCP_CALL_FAILED_EVENT_TYPE_VALUES!r}"
    )
