from typing import Literal

BetaMultiAgentAction = Literal[
    "followup_task",
    "interrupt_agent",
    "list_agents",
    "send_message",
    "spawn_agent",
    "wait_agent",
]

BETA_MULTI_AGENT_ACTION_VALUES: set[BetaMultiAgentAction] = {
    "followup_task",
    "interrupt_agent",
    "list_agents",
    "send_message",
    "spawn_agent",
    "wait_agent",
}


def check_beta_multi_agent_action(value: str) -> BetaMultiAgentAction:
    if value in BETA_MULTI_AGENT_ACTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_MULTI_AGENT_ACTION_VALUES!r}"
    )
