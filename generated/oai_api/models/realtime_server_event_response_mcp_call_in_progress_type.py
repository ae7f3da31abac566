from typing import Literal

RealtimeServerEventResponseMCPCallInProgressType = Literal[
    "response.mcp_call.in_progress"
]

REALTIME_SERVER_EVENT_RESPONSE_MCP_CALL_IN_PROGRESS_TYPE_VALUES: set[
    RealtimeServerEventResponseMCPCallInProgressType
] = {
    "response.mcp_call.in_progress",
}


def check_realtime_server_event_response_mcp_call_in_progress_type(
    value: str,
) -> RealtimeServerEventResponseMCPCallInProgressType:
    if value in REALTIME_SERVER_EVENT_RESPONSE_MCP_CALL_IN_PROGRESS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SERVER_EVENT_RESPONSE_MCP_CALL_IN_PROGRESS_TYPE_VALUES!r}"
    )
