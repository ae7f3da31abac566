from typing import Literal

BetaToolChoiceAllowedMode = Literal["auto", "required"]

BETA_TOOL_CHOICE_ALLOWED_MODE_VALUES: set[BetaToolChoiceAllowedMode] = {
    "auto",
    "required",
}


def check_beta_tool_choice_allowed_mode(value: str) -> BetaToolChoiceAllowedMode:
    if value in BETA_TOOL_CHOICE_ALLOWED_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_TOOL_CHOICE_ALLOWED_MODE_VALUES!r}"
    )
