from typing import Literal

RealtimeServerEventMCPListToolsCompletedType = Literal["mcp_list_tools.completed"]

REALTIME_SERVER_EVENT_MCP_LIST_TOOLS_COMPLETED_TYPE_VALUES: set[
    RealtimeServerEventMCPListToolsCompletedType
] = {
    "mcp_list_tools.completed",
}


def check_realtime_server_event_mcp_list_tools_completed_type(
    value: str,
) -> RealtimeServerEventMCPListToolsCompletedType:
    if value in REALTIME_SERVER_EVENT_MCP_LIST_TOOLS_COMPLETED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SERVER_EVENT_MCP_LIST_TOOLS_COMPLETED_TYPE_VALUES!r}"
    )
