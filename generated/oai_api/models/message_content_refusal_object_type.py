from typing import Literal

MessageContentRefusalObjectType = Literal["refusal"]

MESSAGE_CONTENT_REFUSAL_OBJECT_TYPE_VALUES: set[MessageContentRefusalObjectType] = {
    "refusal",
}


def check_message_content_refusal_object_type(
    value: str,
) -> MessageContentRefusalObjectType:
    if value in MESSAGE_CONTENT_REFUSAL_OBJECT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGE_CONTENT_REFUSAL_OBJECT_TYPE_VALUES!r}"
    )
