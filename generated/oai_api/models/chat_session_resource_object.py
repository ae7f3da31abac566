from typing import Literal

ChatSessionResourceObject = Literal["chatkit.session"]

CHAT_SESSION_RESOURCE_OBJECT_VALUES: set[ChatSessionResourceObject] = {
    "chatkit.session",
}


def check_chat_session_resource_object(value: str) -> ChatSessionResourceObject:
    if value in CHAT_SESSION_RESOURCE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_SESSION_RESOURCE_OBJECT_VALUES!r}"
    )
