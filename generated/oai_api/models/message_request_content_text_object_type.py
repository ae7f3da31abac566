from typing import Literal

MessageRequestContentTextObjectType = Literal["text"]

MESSAGE_REQUEST_CONTENT_TEXT_OBJECT_TYPE_VALUES: set[
    MessageRequestContentTextObjectType
] = {
    "text",
}


def check_message_request_content_text_object_type(
    value: str,
) -> MessageRequestContentTextObjectType:
    if value in MESSAGE_REQUEST_CONTENT_TEXT_OBJECT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGE_REQUEST_CONTENT_TEXT_OBJECT_TYPE_VALUES!r}"
    )
