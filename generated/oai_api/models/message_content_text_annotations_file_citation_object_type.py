from typing import Literal

MessageContentTextAnnotationsFileCitationObjectType = Literal["file_citation"]

MESSAGE_CONTENT_TEXT_ANNOTATIONS_FILE_CITATION_OBJECT_TYPE_VALUES: set[
    MessageContentTextAnnotationsFileCitationObjectType
] = {
    "file_citation",
}


def check_message_content_text_annotations_file_citation_object_type(
    value: str,
) -> MessageContentTextAnnotationsFileCitationObjectType:
    if value in MESSAGE_CONTENT_TEXT_ANNOTATIONS_FILE_CITATION_OBJECT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGE_CONTENT_TEXT_ANNOTATIONS_FILE_CITATION_OBJECT_TYPE_VALUES!r}"
    )
