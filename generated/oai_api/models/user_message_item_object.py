from typing import Literal

UserMessageItemObject = Literal["chatkit.thread_item"]

USER_MESSAGE_ITEM_OBJECT_VALUES: set[UserMessageItemObject] = {
    "chatkit.thread_item",
}


def check_user_message_item_object(value: str) -> UserMessageItemObject:
    if value in USER_MESSAGE_ITEM_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USER_MESSAGE_ITEM_OBJECT_VALUES!r}"
    )
