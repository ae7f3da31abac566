from typing import Literal

SpecificProgrammaticToolCallingParamType = Literal["programmatic_tool_calling"]

SPECIFIC_PROGRAMMATIC_TOOL_CALLING_PARAM_TYPE_VALUES: set[
    SpecificProgrammaticToolCallingParamType
] = {
    "programmatic_tool_calling",
}


def check_specific_programmatic_tool_calling_param_type(
    value: str,
) -> SpecificProgrammaticToolCallingParamType:
    if value in SPECIFIC_PROGRAMMATIC_TOOL_CALLING_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPECIFIC_PROGRAMMATIC_TOOL_CALLING_PARAM_TYPE_VALUES!r}"
    )
