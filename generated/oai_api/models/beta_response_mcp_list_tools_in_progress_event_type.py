from typing import Literal

BetaResponseMCPListToolsInProgressEventType = Literal[
    "response.mcp_list_tools.in_progress"
]

BETA_RESPONSE_MCP_LIST_TOOLS_IN_PROGRESS_EVENT_TYPE_VALUES: set[
    BetaResponseMCPListToolsInProgressEventType
] = {
    "response.mcp_list_tools.in_progress",
}


def check_beta_response_mcp_list_tools_in_progress_event_type(
    value: str,
) -> BetaResponseMCPListToolsInProgressEventType:
    if value in BETA_RESPONSE_MCP_LIST_TOOLS_IN_PROGRESS_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_MCP_LIST_TOOLS_IN_PROGRESS_EVENT_TYPE_VALUES!r}"
    )
