from typing import Literal

CreateEvalStoredCompletionsDataSourceConfigType = Literal["stored_completions"]

CREATE_EVAL_STORED_COMPLETIONS_DATA_SOURCE_CONFIG_TYPE_VALUES: set[
    CreateEvalStoredCompletionsDataSourceConfigType
] = {
    "stored_completions",
}


def check_create_eval_stored_completions_data_source_config_type(
    value: str,
) -> CreateEvalStoredCompletionsDataSourceConfigType:
    if value in CREATE_EVAL_STORED_COMPLETIONS_DATA_SOURCE_CONFIG_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_EVAL_STORED_COMPLETIONS_DATA_SOURCE_CONFIG_TYPE_VALUES!r}"
    )
