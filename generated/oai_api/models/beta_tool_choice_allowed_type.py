from typing import Literal

BetaToolChoiceAllowedType = Literal["allowed_tools"]

BETA_TOOL_CHOICE_ALLOWED_TYPE_VALUES: set[BetaToolChoiceAllowedType] = {
    "allowed_tools",
}


def check_beta_tool_choice_allowed_type(value: str) -> BetaToolChoiceAllowedType:
    if value in BETA_TOOL_CHOICE_ALLOWED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_TOOL_CHOICE_ALLOWED_TYPE_VALUES!r}"
    )
