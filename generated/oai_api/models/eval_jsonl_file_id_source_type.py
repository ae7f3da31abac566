from typing import Literal

EvalJsonlFileIdSourceType = Literal["file_id"]

EVAL_JSONL_FILE_ID_SOURCE_TYPE_VALUES: set[EvalJsonlFileIdSourceType] = {
    "file_id",
}


def check_eval_jsonl_file_id_source_type(value: str) -> EvalJsonlFileIdSourceType:
    if value in EVAL_JSONL_FILE_ID_SOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EVAL_JSONL_FILE_ID_SOURCE_TYPE_VALUES!r}"
    )
