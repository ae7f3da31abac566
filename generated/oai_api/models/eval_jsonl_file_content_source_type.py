from typing import Literal

EvalJsonlFileContentSourceType = Literal["file_content"]

EVAL_JSONL_FILE_CONTENT_SOURCE_TYPE_VALUES: set[EvalJsonlFileContentSourceType] = {
    "file_content",
}


def check_eval_jsonl_file_content_source_type(
    value: str,
) -> EvalJsonlFileContentSourceType:
    if value in EVAL_JSONL_FILE_CONTENT_SOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EVAL_JSONL_FILE_CONTENT_SOURCE_TYPE_VALUES!r}"
    )
