from typing import Literal

RealtimeMCPListToolsType = Literal["mcp_list_tools"]

REALTIME_MCP_LIST_TOOLS_TYPE_VALUES: set[RealtimeMCPListToolsType] = {
    "mcp_list_tools",
}


def check_realtime_mcp_list_tools_type(value: str) -> RealtimeMCPListToolsType:
    if value in REALTIME_MCP_LIST_TOOLS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_MCP_LIST_TOOLS_TYPE_VALUES!r}"
    )
