from typing import Literal

DeleteMessageResponseObject = Literal["thread.message.deleted"]

DELETE_MESSAGE_RESPONSE_OBJECT_VALUES: set[DeleteMessageResponseObject] = {
    "thread.message.deleted",
}


def check_delete_message_response_object(value: str) -> DeleteMessageResponseObject:
    if value in DELETE_MESSAGE_RESPONSE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_MESSAGE_RESPONSE_OBJECT_VALUES!r}"
    )
