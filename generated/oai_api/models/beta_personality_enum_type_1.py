from typing import Literal

BetaPersonalityEnumType1 = Literal["friendly", "pragmatic"]

BETA_PERSONALITY_ENUM_TYPE_1_VALUES: set[BetaPersonalityEnumType1] = {
    "friendly",
    "pragmatic",
}


def check_beta_personality_enum_type_1(value: str) -> BetaPersonalityEnumType1:
    if value in BETA_PERSONALITY_ENUM_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_PERSONALITY_ENUM_TYPE_1_VALUES!r}"
    )
