from typing import Literal

BetaResponseMCPCallArgumentsDoneEventType = Literal["response.mcp_call_arguments.done"]

BETA_RESPONSE_MCP_CALL_ARGUMENTS_DONE_EVENT_TYPE_VALUES: set[
    BetaResponseMCPCallArgumentsDoneEventType
] = {
    "response.mcp_call_arguments.done",
}


def check_beta_response_mcp_call_arguments_done_event_type(
    value: str,
) -> BetaResponseMCPCallArgumentsDoneEventType:
    if value in BETA_RESPONSE_MCP_CALL_ARGUMENTS_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_MCP_CALL_ARGUMENTS_DONE_EVENT_TYPE_VALUES!r}"
    )
