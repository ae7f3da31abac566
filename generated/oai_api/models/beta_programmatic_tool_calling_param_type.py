from typing import Literal

BetaProgrammaticToolCallingParamType = Literal["programmatic_tool_calling"]

BETA_PROGRAMMATIC_TOOL_CALLING_PARAM_TYPE_VALUES: set[
    BetaProgrammaticToolCallingParamType
] = {
    "programmatic_tool_calling",
}


def check_beta_programmatic_tool_calling_param_type(
    value: str,
) -> BetaProgrammaticToolCallingParamType:
    if value in BETA_PROGRAMMATIC_TOOL_CALLING_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_PROGRAMMATIC_TOOL_CALLING_PARAM_TYPE_VALUES!r}"
    )
