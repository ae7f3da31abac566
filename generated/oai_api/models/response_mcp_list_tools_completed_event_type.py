from typing import Literal

ResponseMCPListToolsCompletedEventType = Literal["response.mcp_list_tools.completed"]

RESPONSE_MCP_LIST_TOOLS_COMPLETED_EVENT_TYPE_VALUES: set[
    ResponseMCPListToolsCompletedEventType
] = {
    "response.mcp_list_tools.completed",
}


def check_response_mcp_list_tools_completed_event_type(
    value: str,
) -> ResponseMCPListToolsCompletedEventType:
    if value in RESPONSE_MCP_LIST_TOOLS_COMPLETED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_MCP_LIST_TOOLS_COMPLETED_EVENT_TYPE_VALUES!r}"
    )
