from typing import Literal

RealtimeServerEventResponseMCPCallArgumentsDoneType = Literal[
    "response.mcp_call_arguments.done"
]

REALTIME_SERVER_EVENT_RESPONSE_MCP_CALL_ARGUMENTS_DONE_TYPE_VALUES: set[
    RealtimeServerEventResponseMCPCallArgumentsDoneType
] = {
    "response.mcp_call_arguments.done",
}


def check_realtime_server_event_response_mcp_call_arguments_done_type(
    value: str,
) -> RealtimeServerEventResponseMCPCallArgumentsDoneType:
    if value in REALTIME_SERVER_EVENT_RESPONSE_MCP_CALL_ARGUMENTS_DONE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SERVER_EVENT_RESPONSE_MCP_CALL_ARGUMENTS_DONE_TYPE_VALUES!r}"
    )
