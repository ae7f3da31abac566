from typing import Literal

ThreadItemListResourceObject = Literal["list"]

THREAD_ITEM_LIST_RESOURCE_OBJECT_VALUES: set[ThreadItemListResourceObject] = {
    "list",
}


def check_thread_item_list_resource_object(value: str) -> ThreadItemListResourceObject:
    if value in THREAD_ITEM_LIST_RESOURCE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {THREAD_ITEM_LIST_RESOURCE_OBJECT_VALUES!r}"
    )
