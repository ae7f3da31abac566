from typing import Literal

CustomToolParamType = Literal["custom"]

CUSTOM_TOOL_PARAM_TYPE_VALUES: set[CustomToolParamType] = {
    "custom",
}


def check_custom_tool_param_type(value: str) -> CustomToolParamType:
    if value in CUSTOM_TOOL_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_TOOL_PARAM_TYPE_VALUES!r}"
    )
