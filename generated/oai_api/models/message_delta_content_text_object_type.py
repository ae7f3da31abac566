from typing import Literal

MessageDeltaContentTextObjectType = Literal["text"]

MESSAGE_DELTA_CONTENT_TEXT_OBJECT_TYPE_VALUES: set[
    MessageDeltaContentTextObjectType
] = {
    "text",
}


def check_message_delta_content_text_object_type(
    value: str,
) -> MessageDeltaContentTextObjectType:
    if value in MESSAGE_DELTA_CONTENT_TEXT_OBJECT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGE_DELTA_CONTENT_TEXT_OBJECT_TYPE_VALUES!r}"
    )
