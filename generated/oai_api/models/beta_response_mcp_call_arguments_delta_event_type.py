from typing import Literal

BetaResponseMCPCallArgumentsDeltaEventType = Literal[
    "response.mcp_call_arguments.delta"
]

BETA_RESPONSE_MCP_CALL_ARGUMENTS_DELTA_EVENT_TYPE_VALUES: set[
    BetaResponseMCPCallArgumentsDeltaEventType
] = {
    "response.mcp_call_arguments.delta",
}


def check_beta_response_mcp_call_arguments_delta_event_type(
    value: str,
) -> BetaResponseMCPCallArgumentsDeltaEventType:
    if value in BETA_RESPONSE_MCP_CALL_ARGUMENTS_DELTA_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_MCP_CALL_ARGUMENTS_DELTA_EVENT_TYPE_VALUES!r}"
    )
