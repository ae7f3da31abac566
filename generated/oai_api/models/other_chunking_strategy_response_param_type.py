from typing import Literal

OtherChunkingStrategyResponseParamType = Literal["other"]

OTHER_CHUNKING_STRATEGY_RESPONSE_PARAM_TYPE_VALUES: set[
    OtherChunkingStrategyResponseParamType
] = {
    "other",
}


def check_other_chunking_strategy_response_param_type(
    value: str,
) -> OtherChunkingStrategyResponseParamType:
    if value in OTHER_CHUNKING_STRATEGY_RESPONSE_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OTHER_CHUNKING_STRATEGY_RESPONSE_PARAM_TYPE_VALUES!r}"
    )
