from typing import Literal

RealtimeMCPProtocolErrorType = Literal["protocol_error"]

REALTIME_MCP_PROTOCOL_ERROR_TYPE_VALUES: set[RealtimeMCPProtocolErrorType] = {
    "protocol_error",
}


def check_realtime_mcp_protocol_error_type(value: str) -> RealtimeMCPProtocolErrorType:
    if value in REALTIME_MCP_PROTOCOL_ERROR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_MCP_PROTOCOL_ERROR_TYPE_VALUES!r}"
    )
