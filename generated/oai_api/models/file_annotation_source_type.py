from typing import Literal

FileAnnotationSourceType = Literal["file"]

FILE_ANNOTATION_SOURCE_TYPE_VALUES: set[FileAnnotationSourceType] = {
    "file",
}


def check_file_annotation_source_type(value: str) -> FileAnnotationSourceType:
    if value in FILE_ANNOTATION_SOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FILE_ANNOTATION_SOURCE_TYPE_VALUES!r}"
    )
