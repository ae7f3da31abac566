from typing import Literal

RealtimeBetaServerEventResponseMCPCallInProgressType = Literal[
    "response.mcp_call.in_progress"
]

REALTIME_BETA_SERVER_EVENT_RESPONSE_MCP_CALL_IN_PROGRESS_TYPE_VALUES: set[
    RealtimeBetaServerEventResponseMCPCallInProgressType
] = {
    "response.mcp_call.in_progress",
}


def check_realtime_beta_server_event_response_mcp_call_in_progress_type(
    value: str,
) -> RealtimeBetaServerEventResponseMCPCallInProgressType:
    if value in REALTIME_BETA_SERVER_EVENT_RESPONSE_MCP_CALL_IN_PROGRESS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_SERVER_EVENT_RESPONSE_MCP_CALL_IN_PROGRESS_TYPE_VALUES!r}"
    )
