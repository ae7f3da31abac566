from typing import Literal

MCPToolCallStatus = Literal[
    "calling", "completed", "failed", "in_progress", "incomplete"
]

MCP_TOOL_CALL_STATUS_VALUES: set[MCPToolCallStatus] = {
    "calling",
    "completed",
    "failed",
    "in_progress",
    "incomplete",
}


def check_mcp_tool_call_status(value: str) -> MCPToolCallStatus:
    if value in MCP_TOOL_CALL_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MCP_TOOL_CALL_STATUS_VALUES!r}"
    )
