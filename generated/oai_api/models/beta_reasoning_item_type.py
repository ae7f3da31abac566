from typing import Literal

BetaReasoningItemType = Literal["reasoning"]

BETA_REASONING_ITEM_TYPE_VALUES: set[BetaReasoningItemType] = {
    "reasoning",
}


def check_beta_reasoning_item_type(value: str) -> BetaReasoningItemType:
    if value in BETA_REASONING_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_REASONING_ITEM_TYPE_VALUES!r}"
    )
