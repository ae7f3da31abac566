from typing import Literal

BetaMultiAgentCallType = Literal["multi_agent_call"]

BETA_MULTI_AGENT_CALL_TYPE_VALUES: set[BetaMultiAgentCallType] = {
    "multi_agent_call",
}


def check_beta_multi_agent_call_type(value: str) -> BetaMultiAgentCallType:
    if value in BETA_MULTI_AGENT_CALL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_MULTI_AGENT_CALL_TYPE_VALUES!r}"
    )
