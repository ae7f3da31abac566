from typing import Literal

MessageContentImageUrlObjectType = Literal["image_url"]

MESSAGE_CONTENT_IMAGE_URL_OBJECT_TYPE_VALUES: set[MessageContentImageUrlObjectType] = {
    "image_url",
}


def check_message_content_image_url_object_type(
    value: str,
) -> MessageContentImageUrlObjectType:
    if value in MESSAGE_CONTENT_IMAGE_URL_OBJECT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGE_CONTENT_IMAGE_URL_OBJECT_TYPE_VALUES!r}"
    )
