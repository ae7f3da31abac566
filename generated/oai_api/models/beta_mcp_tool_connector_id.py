from typing import Literal

BetaMCPToolConnectorId = Literal[
    "connector_dropbox",
    "connector_gmail",
    "connector_googlecalendar",
    "connector_googledrive",
    "connector_microsoftteams",
    "connector_outlookcalendar",
    "connector_outlookemail",
    "connector_sharepoint",
]

BETA_MCP_TOOL_CONNECTOR_ID_VALUES: set[BetaMCPToolConnectorId] = {
    "connector_dropbox",
    "connector_gmail",
    "connector_googlecalendar",
    "connector_googledrive",
    "connector_microsoftteams",
    "connector_outlookcalendar",
    "connector_outlookemail",
    "connector_sharepoint",
}


def check_beta_mcp_tool_connector_id(value: str) -> BetaMCPToolConnectorId:
    if value in BETA_MCP_TOOL_CONNECTOR_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_MCP_TOOL_CONNECTOR_ID_VALUES!r}"
    )
