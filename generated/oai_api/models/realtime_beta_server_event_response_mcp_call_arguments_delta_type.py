from typing import Literal

RealtimeBetaServerEventResponseMCPCallArgumentsDeltaType = Literal[
    "response.mcp_call_arguments.delta"
]

REALTIME_BETA_SERVER_EVENT_RESPONSE_MCP_CALL_ARGUMENTS_DELTA_TYPE_VALUES: set[
    RealtimeBetaServerEventResponseMCPCallArgumentsDeltaType
] = {
    "response.mcp_call_arguments.delta",
}


def check_realtime_beta_server_event_response_mcp_call_arguments_delta_type(
    value: str,
) -> RealtimeBetaServerEventResponseMCPCallArgumentsDeltaType:
    if (
        value
        in REALTIME_BETA_SERVER_EVENT_RESPONSE_MCP_CALL_ARGUMENTS_DELTA_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_SERVER_EVENT_RESPONSE_MCP_CALL_ARGUMENTS_DELTA_TYPE_VALUES!r}"
    )
