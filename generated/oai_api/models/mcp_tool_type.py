from typing import Literal

MCPToolType = Literal["mcp"]

MCP_TOOL_TYPE_VALUES: set[MCPToolType] = {
    "mcp",
}


def check_mcp_tool_type(value: str) -> MCPToolType:
    if value in MCP_TOOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MCP_TOOL_TYPE_VALUES!r}"
    )
