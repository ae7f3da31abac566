from typing import Literal

ReasoningModeEnumType1 = Literal["pro", "standard"]

REASONING_MODE_ENUM_TYPE_1_VALUES: set[ReasoningModeEnumType1] = {
    "pro",
    "standard",
}


def check_reasoning_mode_enum_type_1(value: str) -> ReasoningModeEnumType1:
    if value in REASONING_MODE_ENUM_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REASONING_MODE_ENUM_TYPE_1_VALUES!r}"
    )
