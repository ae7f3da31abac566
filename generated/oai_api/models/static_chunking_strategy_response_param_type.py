from typing import Literal

StaticChunkingStrategyResponseParamType = Literal["static"]

STATIC_CHUNKING_STRATEGY_RESPONSE_PARAM_TYPE_VALUES: set[
    StaticChunkingStrategyResponseParamType
] = {
    "static",
}


def check_static_chunking_strategy_response_param_type(
    value: str,
) -> StaticChunkingStrategyResponseParamType:
    if value in STATIC_CHUNKING_STRATEGY_RESPONSE_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STATIC_CHUNKING_STRATEGY_RESPONSE_PARAM_TYPE_VALUES!r}"
    )
