from typing import Literal

ToolChoiceCustomType = Literal["custom"]

TOOL_CHOICE_CUSTOM_TYPE_VALUES: set[ToolChoiceCustomType] = {
    "custom",
}


def check_tool_choice_custom_type(value: str) -> ToolChoiceCustomType:
    if value in TOOL_CHOICE_CUSTOM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOOL_CHOICE_CUSTOM_TYPE_VALUES!r}"
    )
