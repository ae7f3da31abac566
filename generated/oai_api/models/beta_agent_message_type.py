from typing import Literal

BetaAgentMessageType = Literal["agent_message"]

BETA_AGENT_MESSAGE_TYPE_VALUES: set[BetaAgentMessageType] = {
    "agent_message",
}


def check_beta_agent_message_type(value: str) -> BetaAgentMessageType:
    if value in BETA_AGENT_MESSAGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_AGENT_MESSAGE_TYPE_VALUES!r}"
    )
