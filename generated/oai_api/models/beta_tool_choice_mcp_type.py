from typing import Literal

BetaToolChoiceMCPType = Literal["mcp"]

BETA_TOOL_CHOICE_MCP_TYPE_VALUES: set[BetaToolChoiceMCPType] = {
    "mcp",
}


def check_beta_tool_choice_mcp_type(value: str) -> BetaToolChoiceMCPType:
    if value in BETA_TOOL_CHOICE_MCP_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_TOOL_CHOICE_MCP_TYPE_VALUES!r}"
    )
