from typing import Literal

BetaResponseMCPListToolsFailedEventType = Literal["response.mcp_list_tools.failed"]

BETA_RESPONSE_MCP_LIST_TOOLS_FAILED_EVENT_TYPE_VALUES: set[
    BetaResponseMCPListToolsFailedEventType
] = {
    "response.mcp_list_tools.failed",
}


def check_beta_response_mcp_list_tools_failed_event_type(
    value: str,
) -> BetaResponseMCPListToolsFailedEventType:
    if value in BETA_RESPONSE_MCP_LIST_TOOLS_FAILED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_MCP_LIST_TOOLS_FAILED_EVENT_TYPE_VALUES!r}"
    )
