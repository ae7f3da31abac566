from typing import Literal

RealtimeServerEventResponseMCPCallArgumentsDeltaType = Literal[
    "response.mcp_call_arguments.delta"
]

REALTIME_SERVER_EVENT_RESPONSE_MCP_CALL_ARGUMENTS_DELTA_TYPE_VALUES: set[
    RealtimeServerEventResponseMCPCallArgumentsDeltaType
] = {
    "response.mcp_call_arguments.delta",
}


def check_realtime_server_event_response_mcp_call_arguments_delta_type(
    value: str,
) -> RealtimeServerEventResponseMCPCallArgumentsDeltaType:
    if value in REALTIME_SERVER_EVENT_RESPONSE_MCP_CALL_ARGUMENTS_DELTA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SERVER_EVENT_RESPONSE_MCP_CALL_ARGUMENTS_DELTA_TYPE_VALUES!r}"
    )
