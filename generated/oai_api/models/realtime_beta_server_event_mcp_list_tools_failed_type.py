from typing import Literal

RealtimeBetaServerEventMCPListToolsFailedType = Literal["mcp_list_tools.failed"]

REALTIME_BETA_SERVER_EVENT_MCP_LIST_TOOLS_FAILED_TYPE_VALUES: set[
    RealtimeBetaServerEventMCPListToolsFailedType
] = {
    "mcp_list_tools.failed",
}


def check_realtime_beta_server_event_mcp_list_tools_failed_type(
    value: str,
) -> RealtimeBetaServerEventMCPListToolsFailedType:
    if value in REALTIME_BETA_SERVER_EVENT_MCP_LIST_TOOLS_FAILED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_SERVER_EVENT_MCP_LIST_TOOLS_FAILED_TYPE_VALUES!r}"
    )
