from typing import Literal

ListVectorStoresOrder = Literal["asc", "desc"]

LIST_VECTOR_STORES_ORDER_VALUES: set[ListVectorStoresOrder] = {
    "asc",
    "desc",
}


def check_list_vector_stores_order(value: str) -> ListVectorStoresOrder:
    if value in LIST_VECTOR_STORES_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_VECTOR_STORES_ORDER_VALUES!r}"
    )
