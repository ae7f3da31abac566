from typing import Literal

BetaListInputItemsBeta = Literal["true"]

BETA_LIST_INPUT_ITEMS_BETA_VALUES: set[BetaListInputItemsBeta] = {
    "true",
}


def check_beta_list_input_items_beta(value: str) -> BetaListInputItemsBeta:
    if value in BETA_LIST_INPUT_ITEMS_BETA_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_LIST_INPUT_ITEMS_BETA_VALUES!r}"
    )
