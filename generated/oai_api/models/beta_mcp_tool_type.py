from typing import Literal

BetaMCPToolType = Literal["mcp"]

BETA_MCP_TOOL_TYPE_VALUES: set[BetaMCPToolType] = {
    "mcp",
}


def check_beta_mcp_tool_type(value: str) -> BetaMCPToolType:
    if value in BETA_MCP_TOOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_MCP_TOOL_TYPE_VALUES!r}"
    )
