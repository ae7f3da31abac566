from typing import Literal

ResponseMCPCallFailedEventType = Literal["response.mcp_call.failed"]

RESPONSE_MCP_CALL_FAILED_EVENT_TYPE_VALUES: set[ResponseMCPCallFailedEventType] = {
    "response.mcp_call.failed",
}


def check_response_mcp_call_failed_event_type(
    value: str,
) -> ResponseMCPCallFailedEventType:
    if value in RESPONSE_MCP_CALL_FAILED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_MCP_CALL_FAILED_EVENT_TYPE_VALUES!r}"
    )
