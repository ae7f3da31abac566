from typing import Literal

BetaMCPToolCallStatus = Literal[
    "calling", "completed", "failed", "in_progress", "incomplete"
]

BETA_MCP_TOOL_CALL_STATUS_VALUES: set[BetaMCPToolCallStatus] = {
    "calling",
    "completed",
    "failed",
    "in_progress",
    "incomplete",
}


def check_beta_mcp_tool_call_status(value: str) -> BetaMCPToolCallStatus:
    if value in BETA_MCP_TOOL_CALL_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_MCP_TOOL_CALL_STATUS_VALUES!r}"
    )
