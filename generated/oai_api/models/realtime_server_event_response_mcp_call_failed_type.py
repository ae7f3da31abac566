from typing import Literal

RealtimeServerEventResponseMCPCallFailedType = Literal["response.mcp_call.failed"]

REALTIME_SERVER_EVENT_RESPONSE_MCP_CALL_FAILED_TYPE_VALUES: set[
    RealtimeServerEventResponseMCPCallFailedType
] = {
    "response.mcp_call.failed",
}


def check_realtime_server_event_response_mcp_call_failed_type(
    value: str,
) -> RealtimeServerEventResponseMCPCallFailedType:
    if value in REALTIME_SERVER_EVENT_RESPONSE_MCP_CALL_FAILED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SERVER_EVENT_RESPONSE_MCP_CALL_FAILED_TYPE_VALUES!r}"
    )
