from typing import Literal

RealtimeBetaServerEventMCPListToolsInProgressType = Literal[
    "mcp_list_tools.in_progress"
]

REALTIME_BETA_SERVER_EVENT_MCP_LIST_TOOLS_IN_PROGRESS_TYPE_VALUES: set[
    RealtimeBetaServerEventMCPListToolsInProgressType
] = {
    "mcp_list_tools.in_progress",
}


def check_realtime_beta_server_event_mcp_list_tools_in_progress_type(
    value: str,
) -> RealtimeBetaServerEventMCPListToolsInProgressType:
    if value in REALTIME_BETA_SERVER_EVENT_MCP_LIST_TOOLS_IN_PROGRESS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_SERVER_EVENT_MCP_LIST_TOOLS_IN_PROGRESS_TYPE_VALUES!r}"
    )
