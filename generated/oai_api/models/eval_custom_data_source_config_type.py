from typing import Literal

EvalCustomDataSourceConfigType = Literal["custom"]

EVAL_CUSTOM_DATA_SOURCE_CONFIG_TYPE_VALUES: set[EvalCustomDataSourceConfigType] = {
    "custom",
}


def check_eval_custom_data_source_config_type(
    value: str,
) -> EvalCustomDataSourceConfigType:
    if value in EVAL_CUSTOM_DATA_SOURCE_CONFIG_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EVAL_CUSTOM_DATA_SOURCE_CONFIG_TYPE_VALUES!r}"
    )
