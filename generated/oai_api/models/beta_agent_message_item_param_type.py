from typing import Literal

BetaAgentMessageItemParamType = Literal["agent_message"]

BETA_AGENT_MESSAGE_ITEM_PARAM_TYPE_VALUES: set[BetaAgentMessageItemParamType] = {
    "agent_message",
}


def check_beta_agent_message_item_param_type(
    value: str,
) -> BetaAgentMessageItemParamType:
    if value in BETA_AGENT_MESSAGE_ITEM_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_AGENT_MESSAGE_ITEM_PARAM_TYPE_VALUES!r}"
    )
