from typing import Literal

BetaMultiAgentAction1 = Literal[
    "followup_task",
    "interrupt_agent",
    "list_agents",
    "send_message",
    "spawn_agent",
    "wait_agent",
]

BETA_MULTI_AGENT_ACTION_1_VALUES: set[BetaMultiAgentAction1] = {
    "followup_task",
    "interrupt_agent",
    "list_agents",
    "send_message",
    "spawn_agent",
    "wait_agent",
}


def check_beta_multi_agent_action_1(value: str) -> BetaMultiAgentAction1:
    if value in BETA_MULTI_AGENT_ACTION_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_MULTI_AGENT_ACTION_1_VALUES!r}"
    )
