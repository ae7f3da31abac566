from typing import Literal

ThreadListResourceObject = Literal["list"]

THREAD_LIST_RESOURCE_OBJECT_VALUES: set[ThreadListResourceObject] = {
    "list",
}


def check_thread_list_resource_object(value: str) -> ThreadListResourceObject:
    if value in THREAD_LIST_RESOURCE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {THREAD_LIST_RESOURCE_OBJECT_VALUES!r}"
    )
