from typing import Literal

BetaToolChoiceCustomType = Literal["custom"]

BETA_TOOL_CHOICE_CUSTOM_TYPE_VALUES: set[BetaToolChoiceCustomType] = {
    "custom",
}


def check_beta_tool_choice_custom_type(value: str) -> BetaToolChoiceCustomType:
    if value in BETA_TOOL_CHOICE_CUSTOM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_TOOL_CHOICE_CUSTOM_TYPE_VALUES!r}"
    )
