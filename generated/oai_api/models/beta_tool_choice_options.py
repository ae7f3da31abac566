from typing import Literal

BetaToolChoiceOptions = Literal["auto", "none", "required"]

BETA_TOOL_CHOICE_OPTIONS_VALUES: set[BetaToolChoiceOptions] = {
    "auto",
    "none",
    "required",
}


def check_beta_tool_choice_options(value: str) -> BetaToolChoiceOptions:
    if value in BETA_TOOL_CHOICE_OPTIONS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_TOOL_CHOICE_OPTIONS_VALUES!r}"
    )
