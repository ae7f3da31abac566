from typing import Literal

MessageContentImageFileObjectType = Literal["image_file"]

MESSAGE_CONTENT_IMAGE_FILE_OBJECT_TYPE_VALUES: set[
    MessageContentImageFileObjectType
] = {
    "image_file",
}


def check_message_content_image_file_object_type(
    value: str,
) -> MessageContentImageFileObjectType:
    if value in MESSAGE_CONTENT_IMAGE_FILE_OBJECT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGE_CONTENT_IMAGE_FILE_OBJECT_TYPE_VALUES!r}"
    )
