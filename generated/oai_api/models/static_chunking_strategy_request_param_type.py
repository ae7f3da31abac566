from typing import Literal

StaticChunkingStrategyRequestParamType = Literal["static"]

STATIC_CHUNKING_STRATEGY_REQUEST_PARAM_TYPE_VALUES: set[
    StaticChunkingStrategyRequestParamType
] = {
    "static",
}


def check_static_chunking_strategy_request_param_type(
    value: str,
) -> StaticChunkingStrategyRequestParamType:
    if value in STATIC_CHUNKING_STRATEGY_REQUEST_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STATIC_CHUNKING_STRATEGY_REQUEST_PARAM_TYPE_VALUES!r}"
    )
