from typing import Literal

BetaSpecificProgrammaticToolCallingParamType = Literal["programmatic_tool_calling"]

BETA_SPECIFIC_PROGRAMMATIC_TOOL_CALLING_PARAM_TYPE_VALUES: set[
    BetaSpecificProgrammaticToolCallingParamType
] = {
    "programmatic_tool_calling",
}


def check_beta_specific_programmatic_tool_calling_param_type(
    value: str,
) -> BetaSpecificProgrammaticToolCallingParamType:
    if value in BETA_SPECIFIC_PROGRAMMATIC_TOOL_CALLING_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_SPECIFIC_PROGRAMMATIC_TOOL_CALLING_PARAM_TYPE_VALUES!r}"
    )
