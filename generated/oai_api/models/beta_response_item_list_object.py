from typing import Literal

BetaResponseItemListObject = Literal["list"]

BETA_RESPONSE_ITEM_LIST_OBJECT_VALUES: set[BetaResponseItemListObject] = {
    "list",
}


def check_beta_response_item_list_object(value: str) -> BetaResponseItemListObject:
    if value in BETA_RESPONSE_ITEM_LIST_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_ITEM_LIST_OBJECT_VALUES!r}"
    )
