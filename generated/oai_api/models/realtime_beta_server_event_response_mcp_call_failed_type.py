from typing import Literal

RealtimeBetaServerEventResponseMCPCallFailedType = Literal["response.mcp_call.failed"]

REALTIME_BETA_SERVER_EVENT_RESPONSE_MCP_CALL_FAILED_TYPE_VALUES: set[
    RealtimeBetaServerEventResponseMCPCallFailedType
] = {
    "response.mcp_call.failed",
}


def check_realtime_beta_server_event_response_mcp_call_failed_type(
    value: str,
) -> RealtimeBetaServerEventResponseMCPCallFailedType:
    if value in REALTIME_BETA_SERVER_EVENT_RESPONSE_MCP_CALL_FAILED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_SERVER_EVENT_RESPONSE_MCP_CALL_FAILED_TYPE_VALUES!r}"
    )
