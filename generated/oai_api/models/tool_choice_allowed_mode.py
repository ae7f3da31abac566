from typing import Literal

ToolChoiceAllowedMode = Literal["auto", "required"]

TOOL_CHOICE_ALLOWED_MODE_VALUES: set[ToolChoiceAllowedMode] = {
    "auto",
    "required",
}


def check_tool_choice_allowed_mode(value: str) -> ToolChoiceAllowedMode:
    if value in TOOL_CHOICE_ALLOWED_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOOL_CHOICE_ALLOWED_MODE_VALUES!r}"
    )
