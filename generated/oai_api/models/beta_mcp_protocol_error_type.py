from typing import Literal

BetaMCPProtocolErrorType = Literal["mcp_protocol_error"]

BETA_MCP_PROTOCOL_ERROR_TYPE_VALUES: set[BetaMCPProtocolErrorType] = {
    "mcp_protocol_error",
}


def check_beta_mcp_protocol_error_type(value: str) -> BetaMCPProtocolErrorType:
    if value in BETA_MCP_PROTOCOL_ERROR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_MCP_PROTOCOL_ERROR_TYPE_VALUES!r}"
    )
