from typing import Literal

RealtimeServerEventResponseMCPCallCompletedType = Literal["response.mcp_call.completed"]

REALTIME_SERVER_EVENT_RESPONSE_MCP_CALL_COMPLETED_TYPE_VALUES: set[
    RealtimeServerEventResponseMCPCallCompletedType
] = {
    "response.mcp_call.completed",
}


def check_realtime_server_event_response_mcp_call_completed_type(
    value: str,
) -> RealtimeServerEventResponseMCPCallCompletedType:
    if value in REALTIME_SERVER_EVENT_RESPONSE_MCP_CALL_COMPLETED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SERVER_EVENT_RESPONSE_MCP_CALL_COMPLETED_TYPE_VALUES!r}"
    )
