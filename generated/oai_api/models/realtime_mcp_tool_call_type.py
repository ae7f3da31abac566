from typing import Literal

RealtimeMCPToolCallType = Literal["mcp_call"]

REALTIME_MCP_TOOL_CALL_TYPE_VALUES: set[RealtimeMCPToolCallType] = {
    "mcp_call",
}


def check_realtime_mcp_tool_call_type(value: str) -> RealtimeMCPToolCallType:
    if value in REALTIME_MCP_TOOL_CALL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_MCP_TOOL_CALL_TYPE_VALUES!r}"
    )
