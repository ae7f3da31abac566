from typing import Literal

ThreadObjectObject = Literal["thread"]

THREAD_OBJECT_OBJECT_VALUES: set[ThreadObjectObject] = {
    "thread",
}


def check_thread_object_object(value: str) -> ThreadObjectObject:
    if value in THREAD_OBJECT_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {THREAD_OBJECT_OBJECT_VALUES!r}"
    )
