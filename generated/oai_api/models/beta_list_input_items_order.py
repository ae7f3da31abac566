from typing import Literal

BetaListInputItemsOrder = Literal["asc", "desc"]

BETA_LIST_INPUT_ITEMS_ORDER_VALUES: set[BetaListInputItemsOrder] = {
    "asc",
    "desc",
}


def check_beta_list_input_items_order(value: str) -> BetaListInputItemsOrder:
    if value in BETA_LIST_INPUT_ITEMS_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_LIST_INPUT_ITEMS_ORDER_VALUES!r}"
    )
