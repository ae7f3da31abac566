from typing import Literal

BetaCompactionSummaryItemParamType = Literal["compaction"]

BETA_COMPACTION_SUMMARY_ITEM_PARAM_TYPE_VALUES: set[
    BetaCompactionSummaryItemParamType
] = {
    "compaction",
}


def check_beta_compaction_summary_item_param_type(
    value: str,
) -> BetaCompactionSummaryItemParamType:
    if value in BETA_COMPACTION_SUMMARY_ITEM_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_COMPACTION_SUMMARY_ITEM_PARAM_TYPE_VALUES!r}"
    )
