from typing import Literal

CreateEvalResponsesRunDataSourceType = Literal["responses"]

CREATE_EVAL_RESPONSES_RUN_DATA_SOURCE_TYPE_VALUES: set[
    CreateEvalResponsesRunDataSourceType
] = {
    "responses",
}


def check_create_eval_responses_run_data_source_type(
    value: str,
) -> CreateEvalResponsesRunDataSourceType:
    if value in CREATE_EVAL_RESPONSES_RUN_DATA_SOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_EVAL_RESPONSES_RUN_DATA_SOURCE_TYPE_VALUES!r}"
    )
