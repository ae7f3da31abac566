from typing import Literal

AdditionalToolsType = Literal["additional_tools"]

ADDITIONAL_TOOLS_TYPE_VALUES: set[AdditionalToolsType] = {
    "additional_tools",
}


def check_additional_tools_type(value: str) -> AdditionalToolsType:
    if value in ADDITIONAL_TOOLS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADDITIONAL_TOOLS_TYPE_VALUES!r}"
    )
