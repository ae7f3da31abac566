from typing import Literal

ListContainersOrder = Literal["asc", "desc"]

LIST_CONTAINERS_ORDER_VALUES: set[ListContainersOrder] = {
    "asc",
    "desc",
}


def check_list_containers_order(value: str) -> ListContainersOrder:
    if value in LIST_CONTAINERS_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_CONTAINERS_ORDER_VALUES!r}"
    )
