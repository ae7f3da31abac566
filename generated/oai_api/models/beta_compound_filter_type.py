from typing import Literal

BetaCompoundFilterType = Literal["and", "or"]

BETA_COMPOUND_FILTER_TYPE_VALUES: set[BetaCompoundFilterType] = {
    "and",
    "or",
}


def check_beta_compound_filter_type(value: str) -> BetaCompoundFilterType:
    if value in BETA_COMPOUND_FILTER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_COMPOUND_FILTER_TYPE_VALUES!r}"
    )
