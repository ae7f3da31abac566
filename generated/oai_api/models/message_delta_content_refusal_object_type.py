from typing import Literal

MessageDeltaContentRefusalObjectType = Literal["refusal"]

MESSAGE_DELTA_CONTENT_REFUSAL_OBJECT_TYPE_VALUES: set[
    MessageDeltaContentRefusalObjectType
] = {
    "refusal",
}


def check_message_delta_content_refusal_object_type(
    value: str,
) -> MessageDeltaContentRefusalObjectType:
    if value in MESSAGE_DELTA_CONTENT_REFUSAL_OBJECT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGE_DELTA_CONTENT_REFUSAL_OBJECT_TYPE_VALUES!r}"
    )
