from typing import Literal

RealtimeBetaServerEventMCPListToolsCompletedType = Literal["mcp_list_tools.completed"]

REALTIME_BETA_SERVER_EVENT_MCP_LIST_TOOLS_COMPLETED_TYPE_VALUES: set[
    RealtimeBetaServerEventMCPListToolsCompletedType
] = {
    "mcp_list_tools.completed",
}


def check_realtime_beta_server_event_mcp_list_tools_completed_type(
    value: str,
) -> RealtimeBetaServerEventMCPListToolsCompletedType:
    if value in REALTIME_BETA_SERVER_EVENT_MCP_LIST_TOOLS_COMPLETED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_SERVER_EVENT_MCP_LIST_TOOLS_COMPLETED_TYPE_VALUES!r}"
    )
