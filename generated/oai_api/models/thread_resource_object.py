from typing import Literal

ThreadResourceObject = Literal["chatkit.thread"]

THREAD_RESOURCE_OBJECT_VALUES: set[ThreadResourceObject] = {
    "chatkit.thread",
}


def check_thread_resource_object(value: str) -> ThreadResourceObject:
    if value in THREAD_RESOURCE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {THREAD_RESOURCE_OBJECT_VALUES!r}"
    )
