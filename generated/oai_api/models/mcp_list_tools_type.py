from typing import Literal

MCPListToolsType = Literal["mcp_list_tools"]

MCP_LIST_TOOLS_TYPE_VALUES: set[MCPListToolsType] = {
    "mcp_list_tools",
}


def check_mcp_list_tools_type(value: str) -> MCPListToolsType:
    if value in MCP_LIST_TOOLS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MCP_LIST_TOOLS_TYPE_VALUES!r}"
    )
