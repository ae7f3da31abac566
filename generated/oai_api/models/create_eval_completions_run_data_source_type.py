from typing import Literal

CreateEvalCompletionsRunDataSourceType = Literal["completions"]

CREATE_EVAL_COMPLETIONS_RUN_DATA_SOURCE_TYPE_VALUES: set[
    CreateEvalCompletionsRunDataSourceType
] = {
    "completions",
}


def check_create_eval_completions_run_data_source_type(
    value: str,
) -> CreateEvalCompletionsRunDataSourceType:
    if value in CREATE_EVAL_COMPLETIONS_RUN_DATA_SOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_EVAL_COMPLETIONS_RUN_DATA_SOURCE_TYPE_VALUES!r}"
    )
