from typing import Literal

BetaReasoningItemStatus = Literal["completed", "in_progress", "incomplete"]

BETA_REASONING_ITEM_STATUS_VALUES: set[BetaReasoningItemStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_beta_reasoning_item_status(value: str) -> BetaReasoningItemStatus:
    if value in BETA_REASONING_ITEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_REASONING_ITEM_STATUS_VALUES!r}"
    )
