from typing import Literal

BetaCompactionTriggerItemParamType = Literal["compaction_trigger"]

BETA_COMPACTION_TRIGGER_ITEM_PARAM_TYPE_VALUES: set[
    BetaCompactionTriggerItemParamType
] = {
    "compaction_trigger",
}


def check_beta_compaction_trigger_item_param_type(
    value: str,
) -> BetaCompactionTriggerItemParamType:
    if value in BETA_COMPACTION_TRIGGER_ITEM_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_COMPACTION_TRIGGER_ITEM_PARAM_TYPE_VALUES!r}"
    )
