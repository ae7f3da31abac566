from typing import Literal

MessageDeltaContentTextAnnotationsFileCitationObjectType = Literal["file_citation"]

MESSAGE_DELTA_CONTENT_TEXT_ANNOTATIONS_FILE_CITATION_OBJECT_TYPE_VALUES: set[
    MessageDeltaContentTextAnnotationsFileCitationObjectType
] = {
    "file_citation",
}


def check_message_delta_content_text_annotations_file_citation_object_type(
    value: str,
) -> MessageDeltaContentTextAnnotationsFileCitationObjectType:
    if value in MESSAGE_DELTA_CONTENT_TEXT_ANNOTATIONS_FILE_CITATION_OBJECT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGE_DELTA_CONTENT_TEXT_ANNOTATIONS_FILE_CITATION_OBJECT_TYPE_VALUES!r}"
    )
