from typing import Literal

BetaMultiAgentCallOutputItemParamType = Literal["multi_agent_call_output"]

BETA_MULTI_AGENT_CALL_OUTPUT_ITEM_PARAM_TYPE_VALUES: set[
    BetaMultiAgentCallOutputItemParamType
] = {
    "multi_agent_call_output",
}


def check_beta_multi_agent_call_output_item_param_type(
    value: str,
) -> BetaMultiAgentCallOutputItemParamType:
    if value in BETA_MULTI_AGENT_CALL_OUTPUT_ITEM_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_MULTI_AGENT_CALL_OUTPUT_ITEM_PARAM_TYPE_VALUES!r}"
    )
