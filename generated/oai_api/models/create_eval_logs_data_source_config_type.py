from typing import Literal

CreateEvalLogsDataSourceConfigType = Literal["logs"]

CREATE_EVAL_LOGS_DATA_SOURCE_CONFIG_TYPE_VALUES: set[
    CreateEvalLogsDataSourceConfigType
] = {
    "logs",
}


def check_create_eval_logs_data_source_config_type(
    value: str,
) -> CreateEvalLogsDataSourceConfigType:
    if value in CREATE_EVAL_LOGS_DATA_SOURCE_CONFIG_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_EVAL_LOGS_DATA_SOURCE_CONFIG_TYPE_VALUES!r}"
    )
