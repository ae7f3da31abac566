from typing import Literal

BetaComparisonFilterType = Literal["eq", "gt", "gte", "in", "lt", "lte", "ne", "nin"]

BETA_COMPARISON_FILTER_TYPE_VALUES: set[BetaComparisonFilterType] = {
    "eq",
    "gt",
    "gte",
    "in",
    "lt",
    "lte",
    "ne",
    "nin",
}


def check_beta_comparison_filter_type(value: str) -> BetaComparisonFilterType:
    if value in BETA_COMPARISON_FILTER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_COMPARISON_FILTER_TYPE_VALUES!r}"
    )
