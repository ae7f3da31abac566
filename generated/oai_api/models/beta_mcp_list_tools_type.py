from typing import Literal

BetaMCPListToolsType = Literal["mcp_list_tools"]

BETA_MCP_LIST_TOOLS_TYPE_VALUES: set[BetaMCPListToolsType] = {
    "mcp_list_tools",
}


def check_beta_mcp_list_tools_type(value: str) -> BetaMCPListToolsType:
    if value in BETA_MCP_LIST_TOOLS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_MCP_LIST_TOOLS_TYPE_VALUES!r}"
    )
