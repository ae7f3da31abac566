from typing import Literal

CreateEvalCustomDataSourceConfigType = Literal["custom"]

CREATE_EVAL_CUSTOM_DATA_SOURCE_CONFIG_TYPE_VALUES: set[
    CreateEvalCustomDataSourceConfigType
] = {
    "custom",
}


def check_create_eval_custom_data_source_config_type(
    value: str,
) -> CreateEvalCustomDataSourceConfigType:
    if value in CREATE_EVAL_CUSTOM_DATA_SOURCE_CONFIG_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_EVAL_CUSTOM_DATA_SOURCE_CONFIG_TYPE_VALUES!r}"
    )
