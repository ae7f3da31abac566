from typing import Literal

MessageContentImageUrlObjectImageUrlDetail = Literal["auto", "high", "low"]

MESSAGE_CONTENT_IMAGE_URL_OBJECT_IMAGE_URL_DETAIL_VALUES: set[
    MessageContentImageUrlObjectImageUrlDetail
] = {
    "auto",
    "high",
    "low",
}


def check_message_content_image_url_object_image_url_detail(
    value: str,
) -> MessageContentImageUrlObjectImageUrlDetail:
    if value in MESSAGE_CONTENT_IMAGE_URL_OBJECT_IMAGE_URL_DETAIL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGE_CONTENT_IMAGE_URL_OBJECT_IMAGE_URL_DETAIL_VALUES!r}"
    )
