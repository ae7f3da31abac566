from typing import Literal

BetaMCPToolCallType = Literal["mcp_call"]

BETA_MCP_TOOL_CALL_TYPE_VALUES: set[BetaMCPToolCallType] = {
    "mcp_call",
}


def check_beta_mcp_tool_call_type(value: str) -> BetaMCPToolCallType:
    if value in BETA_MCP_TOOL_CALL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_MCP_TOOL_CALL_TYPE_VALUES!r}"
    )
