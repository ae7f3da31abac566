from typing import Literal

TaskGroupItemObject = Literal["chatkit.thread_item"]

TASK_GROUP_ITEM_OBJECT_VALUES: set[TaskGroupItemObject] = {
    "chatkit.thread_item",
}


def check_task_group_item_object(value: str) -> TaskGroupItemObject:
    if value in TASK_GROUP_ITEM_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TASK_GROUP_ITEM_OBJECT_VALUES!r}"
    )
