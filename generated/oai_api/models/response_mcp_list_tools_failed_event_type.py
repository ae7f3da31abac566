from typing import Literal

ResponseMCPListToolsFailedEventType = Literal["response.mcp_list_tools.failed"]

RESPONSE_MCP_LIST_TOOLS_FAILED_EVENT_TYPE_VALUES: set[
    ResponseMCPListToolsFailedEventType
] = {
    "response.mcp_list_tools.failed",
}


def check_response_mcp_list_tools_failed_event_type(
    value: str,
) -> ResponseMCPListToolsFailedEventType:
    if value in RESPONSE_MCP_LIST_TOOLS_FAILED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_MCP_LIST_TOOLS_FAILED_EVENT_TYPE_VALUES!r}"
    )
