from typing import Literal

MessageDeltaContentImageFileObjectType = Literal["image_file"]

MESSAGE_DELTA_CONTENT_IMAGE_FILE_OBJECT_TYPE_VALUES: set[
    MessageDeltaContentImageFileObjectType
] = {
    "image_file",
}


def check_message_delta_content_image_file_object_type(
    value: str,
) -> MessageDeltaContentImageFileObjectType:
    if value in MESSAGE_DELTA_CONTENT_IMAGE_FILE_OBJECT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGE_DELTA_CONTENT_IMAGE_FILE_OBJECT_TYPE_VALUES!r}"
    )
