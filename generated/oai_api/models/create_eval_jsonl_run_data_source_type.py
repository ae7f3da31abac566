from typing import Literal

CreateEvalJsonlRunDataSourceType = Literal["jsonl"]

CREATE_EVAL_JSONL_RUN_DATA_SOURCE_TYPE_VALUES: set[CreateEvalJsonlRunDataSourceType] = {
    "jsonl",
}


def check_create_eval_jsonl_run_data_source_type(
    value: str,
) -> CreateEvalJsonlRunDataSourceType:
    if value in CREATE_EVAL_JSONL_RUN_DATA_SOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_EVAL_JSONL_RUN_DATA_SOURCE_TYPE_VALUES!r}"
    )
