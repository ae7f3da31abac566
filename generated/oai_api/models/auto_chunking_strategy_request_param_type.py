from typing import Literal

AutoChunkingStrategyRequestParamType = Literal["auto"]

AUTO_CHUNKING_STRATEGY_REQUEST_PARAM_TYPE_VALUES: set[
    AutoChunkingStrategyRequestParamType
] = {
    "auto",
}


def check_auto_chunking_strategy_request_param_type(
    value: str,
) -> AutoChunkingStrategyRequestParamType:
    if value in AUTO_CHUNKING_STRATEGY_REQUEST_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUTO_CHUNKING_STRATEGY_REQUEST_PARAM_TYPE_VALUES!r}"
    )
