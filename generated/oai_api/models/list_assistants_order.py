from typing import Literal

ListAssistantsOrder = Literal["asc", "desc"]

LIST_ASSISTANTS_ORDER_VALUES: set[ListAssistantsOrder] = {
    "asc",
    "desc",
}


def check_list_assistants_order(value: str) -> ListAssistantsOrder:
    if value in LIST_ASSISTANTS_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_ASSISTANTS_ORDER_VALUES!r}"
    )
