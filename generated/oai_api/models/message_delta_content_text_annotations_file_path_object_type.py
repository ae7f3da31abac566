from typing import Literal

MessageDeltaContentTextAnnotationsFilePathObjectType = Literal["file_path"]

MESSAGE_DELTA_CONTENT_TEXT_ANNOTATIONS_FILE_PATH_OBJECT_TYPE_VALUES: set[
    MessageDeltaContentTextAnnotationsFilePathObjectType
] = {
    "file_path",
}


def check_message_delta_content_text_annotations_file_path_object_type(
    value: str,
) -> MessageDeltaContentTextAnnotationsFilePathObjectType:
    if value in MESSAGE_DELTA_CONTENT_TEXT_ANNOTATIONS_FILE_PATH_OBJECT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGE_DELTA_CONTENT_TEXT_ANNOTATIONS_FILE_PATH_OBJECT_TYPE_VALUES!r}"
    )
