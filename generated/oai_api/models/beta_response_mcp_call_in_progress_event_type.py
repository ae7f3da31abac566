from typing import Literal

BetaResponseMCPCallInProgressEventType = Literal["response.mcp_call.in_progress"]

BETA_RESPONSE_MCP_CALL_IN_PROGRESS_EVENT_TYPE_VALUES: set[
    BetaResponseMCPCallInProgressEventType
] = {
    "response.mcp_call.in_progress",
}


def check_beta_response_mcp_call_in_progress_event_type(
    value: str,
) -> BetaResponseMCPCallInProgressEventType:
    if value in BETA_RESPONSE_MCP_CALL_IN_PROGRESS_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_MCP_CALL_IN_PROGRESS_EVENT_TYPE_VALUES!r}"
    )
