from typing import Literal

RealtimeServerEventMCPListToolsInProgressType = Literal["mcp_list_tools.in_progress"]

REALTIME_SERVER_EVENT_MCP_LIST_TOOLS_IN_PROGRESS_TYPE_VALUES: set[
    RealtimeServerEventMCPListToolsInProgressType
] = {
    "mcp_list_tools.in_progress",
}


def check_realtime_server_event_mcp_list_tools_in_progress_type(
    value: str,
) -> RealtimeServerEventMCPListToolsInProgressType:
    if value in REALTIME_SERVER_EVENT_MCP_LIST_TOOLS_IN_PROGRESS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SERVER_EVENT_MCP_LIST_TOOLS_IN_PROGRESS_TYPE_VALUES!r}"
    )
