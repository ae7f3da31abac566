from typing import Literal

RealtimeBetaServerEventResponseMCPCallArgumentsDoneType = Literal[
    "response.mcp_call_arguments.done"
]

REALTIME_BETA_SERVER_EVENT_RESPONSE_MCP_CALL_ARGUMENTS_DONE_TYPE_VALUES: set[
    RealtimeBetaServerEventResponseMCPCallArgumentsDoneType
] = {
    "response.mcp_call_arguments.done",
}


def check_realtime_beta_server_event_response_mcp_call_arguments_done_type(
    value: str,
) -> RealtimeBetaServerEventResponseMCPCallArgumentsDoneType:
    if value in REALTIME_BETA_SERVER_EVENT_RESPONSE_MCP_CALL_ARGUMENTS_DONE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_SERVER_EVENT_RESPONSE_MCP_CALL_ARGUMENTS_DONE_TYPE_VALUES!r}"
    )
