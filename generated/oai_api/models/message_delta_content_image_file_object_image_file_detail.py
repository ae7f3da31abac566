from typing import Literal

MessageDeltaContentImageFileObjectImageFileDetail = Literal["auto", "high", "low"]

MESSAGE_DELTA_CONTENT_IMAGE_FILE_OBJECT_IMAGE_FILE_DETAIL_VALUES: set[
    MessageDeltaContentImageFileObjectImageFileDetail
] = {
    "auto",
    "high",
    "low",
}


def check_message_delta_content_image_file_object_image_file_detail(
    value: str,
) -> MessageDeltaContentImageFileObjectImageFileDetail:
    if value in MESSAGE_DELTA_CONTENT_IMAGE_FILE_OBJECT_IMAGE_FILE_DETAIL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGE_DELTA_CONTENT_IMAGE_FILE_OBJECT_IMAGE_FILE_DETAIL_VALUES!r}"
    )
