from typing import Literal

MessageDeltaContentImageUrlObjectType = Literal["image_url"]

MESSAGE_DELTA_CONTENT_IMAGE_URL_OBJECT_TYPE_VALUES: set[
    MessageDeltaContentImageUrlObjectType
] = {
    "image_url",
}


def check_message_delta_content_image_url_object_type(
    value: str,
) -> MessageDeltaContentImageUrlObjectType:
    if value in MESSAGE_DELTA_CONTENT_IMAGE_URL_OBJECT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGE_DELTA_CONTENT_IMAGE_URL_OBJECT_TYPE_VALUES!r}"
    )
