from typing import Literal

BetaMultiAgentCallItemParamType = Literal["multi_agent_call"]

BETA_MULTI_AGENT_CALL_ITEM_PARAM_TYPE_VALUES: set[BetaMultiAgentCallItemParamType] = {
    "multi_agent_call",
}


def check_beta_multi_agent_call_item_param_type(
    value: str,
) -> BetaMultiAgentCallItemParamType:
    if value in BETA_MULTI_AGENT_CALL_ITEM_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_MULTI_AGENT_CALL_ITEM_PARAM_TYPE_VALUES!r}"
    )
