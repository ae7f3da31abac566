from typing import Literal

InlineSkillParamType = Literal["inline"]

INLINE_SKILL_PARAM_TYPE_VALUES: set[InlineSkillParamType] = {
    "inline",
}


def check_inline_skill_param_type(value: str) -> InlineSkillParamType:
    if value in INLINE_SKILL_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INLINE_SKILL_PARAM_TYPE_VALUES!r}"
    )
