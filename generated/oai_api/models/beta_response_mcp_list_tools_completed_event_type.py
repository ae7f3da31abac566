from typing import Literal

BetaResponseMCPListToolsCompletedEventType = Literal[
    "response.mcp_list_tools.completed"
]

BETA_RESPONSE_MCP_LIST_TOOLS_COMPLETED_EVENT_TYPE_VALUES: set[
    BetaResponseMCPListToolsCompletedEventType
] = {
    "response.mcp_list_tools.completed",
}


def check_beta_response_mcp_list_tools_completed_event_type(
    value: str,
) -> BetaResponseMCPListToolsCompletedEventType:
    if value in BETA_RESPONSE_MCP_LIST_TOOLS_COMPLETED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_MCP_LIST_TOOLS_COMPLETED_EVENT_TYPE_VALUES!r}"
    )
