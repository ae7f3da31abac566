from typing import Literal

MessageContentImageFileObjectImageFileDetail = Literal["auto", "high", "low"]

MESSAGE_CONTENT_IMAGE_FILE_OBJECT_IMAGE_FILE_DETAIL_VALUES: set[
    MessageContentImageFileObjectImageFileDetail
] = {
    "auto",
    "high",
    "low",
}


def check_message_content_image_file_object_image_file_detail(
    value: str,
) -> MessageContentImageFileObjectImageFileDetail:
    if value in MESSAGE_CONTENT_IMAGE_FILE_OBJECT_IMAGE_FILE_DETAIL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGE_CONTENT_IMAGE_FILE_OBJECT_IMAGE_FILE_DETAIL_VALUES!r}"
    )
