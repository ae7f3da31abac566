from typing import Literal

PersonalityEnumType1 = Literal["friendly", "pragmatic"]

PERSONALITY_ENUM_TYPE_1_VALUES: set[PersonalityEnumType1] = {
    "friendly",
    "pragmatic",
}


def check_personality_enum_type_1(value: str) -> PersonalityEnumType1:
    if value in PERSONALITY_ENUM_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PERSONALITY_ENUM_TYPE_1_VALUES!r}"
    )
