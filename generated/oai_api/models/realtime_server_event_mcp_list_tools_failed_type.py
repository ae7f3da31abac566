from typing import Literal

RealtimeServerEventMCPListToolsFailedType = Literal["mcp_list_tools.failed"]

REALTIME_SERVER_EVENT_MCP_LIST_TOOLS_FAILED_TYPE_VALUES: set[
    RealtimeServerEventMCPListToolsFailedType
] = {
    "mcp_list_tools.failed",
}


def check_realtime_server_event_mcp_list_tools_failed_type(
    value: str,
) -> RealtimeServerEventMCPListToolsFailedType:
    if value in REALTIME_SERVER_EVENT_MCP_LIST_TOOLS_FAILED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SERVER_EVENT_MCP_LIST_TOOLS_FAILED_TYPE_VALUES!r}"
    )
