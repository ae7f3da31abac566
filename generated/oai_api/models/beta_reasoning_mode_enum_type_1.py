from typing import Literal

BetaReasoningModeEnumType1 = Literal["pro", "standard"]

BETA_REASONING_MODE_ENUM_TYPE_1_VALUES: set[BetaReasoningModeEnumType1] = {
    "pro",
    "standard",
}


def check_beta_reasoning_mode_enum_type_1(value: str) -> BetaReasoningModeEnumType1:
    if value in BETA_REASONING_MODE_ENUM_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_REASONING_MODE_ENUM_TYPE_1_VALUES!r}"
    )
