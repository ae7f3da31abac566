from typing import Literal

DeleteThreadResponseObject = Literal["thread.deleted"]

DELETE_THREAD_RESPONSE_OBJECT_VALUES: set[DeleteThreadResponseObject] = {
    "thread.deleted",
}


def check_delete_thread_response_object(value: str) -> DeleteThreadResponseObject:
    if value in DELETE_THREAD_RESPONSE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_THREAD_RESPONSE_OBJECT_VALUES!r}"
    )
