from typing import Literal

BetaMCPToolRequireApprovalType0Type1 = Literal["always", "never"]

BETA_MCP_TOOL_REQUIRE_APPROVAL_TYPE_0_TYPE_1_VALUES: set[
    BetaMCPToolRequireApprovalType0Type1
] = {
    "always",
    "never",
}


def check_beta_mcp_tool_require_approval_type_0_type_1(
    value: str,
) -> BetaMCPToolRequireApprovalType0Type1:
    if value in BETA_MCP_TOOL_REQUIRE_APPROVAL_TYPE_0_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_MCP_TOOL_REQUIRE_APPROVAL_TYPE_0_TYPE_1_VALUES!r}"
    )
