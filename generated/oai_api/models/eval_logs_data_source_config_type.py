from typing import Literal

EvalLogsDataSourceConfigType = Literal["logs"]

EVAL_LOGS_DATA_SOURCE_CONFIG_TYPE_VALUES: set[EvalLogsDataSourceConfigType] = {
    "logs",
}


def check_eval_logs_data_source_config_type(value: str) -> EvalLogsDataSourceConfigType:
    if value in EVAL_LOGS_DATA_SOURCE_CONFIG_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EVAL_LOGS_DATA_SOURCE_CONFIG_TYPE_VALUES!r}"
    )
