from typing import Literal

EvalStoredCompletionsDataSourceConfigType = Literal["stored_completions"]

EVAL_STORED_COMPLETIONS_DATA_SOURCE_CONFIG_TYPE_VALUES: set[
    EvalStoredCompletionsDataSourceConfigType
] = {
    "stored_completions",
}


def check_eval_stored_completions_data_source_config_type(
    value: str,
) -> EvalStoredCompletionsDataSourceConfigType:
    if value in EVAL_STORED_COMPLETIONS_DATA_SOURCE_CONFIG_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EVAL_STORED_COMPLETIONS_DATA_SOURCE_CONFIG_TYPE_VALUES!r}"
    )
