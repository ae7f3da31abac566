from typing import Literal

DeletedThreadResourceObject = Literal["chatkit.thread.deleted"]

DELETED_THREAD_RESOURCE_OBJECT_VALUES: set[DeletedThreadResourceObject] = {
    "chatkit.thread.deleted",
}


def check_deleted_thread_resource_object(value: str) -> DeletedThreadResourceObject:
    if value in DELETED_THREAD_RESOURCE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETED_THREAD_RESOURCE_OBJECT_VALUES!r}"
    )
