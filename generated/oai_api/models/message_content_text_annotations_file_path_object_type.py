from typing import Literal

MessageContentTextAnnotationsFilePathObjectType = Literal["file_path"]

MESSAGE_CONTENT_TEXT_ANNOTATIONS_FILE_PATH_OBJECT_TYPE_VALUES: set[
    MessageContentTextAnnotationsFilePathObjectType
] = {
    "file_path",
}


def check_message_content_text_annotations_file_path_object_type(
    value: str,
) -> MessageContentTextAnnotationsFilePathObjectType:
    if value in MESSAGE_CONTENT_TEXT_ANNOTATIONS_FILE_PATH_OBJECT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGE_CONTENT_TEXT_ANNOTATIONS_FILE_PATH_OBJECT_TYPE_VALUES!r}"
    )
