from typing import Literal

BetaMultiAgentCallOutputType = Literal["multi_agent_call_output"]

BETA_MULTI_AGENT_CALL_OUTPUT_TYPE_VALUES: set[BetaMultiAgentCallOutputType] = {
    "multi_agent_call_output",
}


def check_beta_multi_agent_call_output_type(value: str) -> BetaMultiAgentCallOutputType:
    if value in BETA_MULTI_AGENT_CALL_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_MULTI_AGENT_CALL_OUTPUT_TYPE_VALUES!r}"
    )
