from typing import Literal

MessageContentTextObjectType = Literal["text"]

MESSAGE_CONTENT_TEXT_OBJECT_TYPE_VALUES: set[MessageContentTextObjectType] = {
    "text",
}


def check_message_content_text_object_type(value: str) -> MessageContentTextObjectType:
    if value in MESSAGE_CONTENT_TEXT_OBJECT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGE_CONTENT_TEXT_OBJECT_TYPE_VALUES!r}"
    )
