from typing import Literal

RealtimeBetaServerEventResponseMCPCallCompletedType = Literal[
    "response.mcp_call.completed"
]

REALTIME_BETA_SERVER_EVENT_RESPONSE_MCP_CALL_COMPLETED_TYPE_VALUES: set[
    RealtimeBetaServerEventResponseMCPCallCompletedType
] = {
    "response.mcp_call.completed",
}


def check_realtime_beta_server_event_response_mcp_call_completed_type(
    value: str,
) -> RealtimeBetaServerEventResponseMCPCallCompletedType:
    if value in REALTIME_BETA_SERVER_EVENT_RESPONSE_MCP_CALL_COMPLETED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_SERVER_EVENT_RESPONSE_MCP_CALL_COMPLETED_TYPE_VALUES!r}"
    )
