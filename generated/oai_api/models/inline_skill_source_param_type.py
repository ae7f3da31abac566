from typing import Literal

InlineSkillSourceParamType = Literal["base64"]

INLINE_SKILL_SOURCE_PARAM_TYPE_VALUES: set[InlineSkillSourceParamType] = {
    "base64",
}


def check_inline_skill_source_param_type(value: str) -> InlineSkillSourceParamType:
    if value in INLINE_SKILL_SOURCE_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INLINE_SKILL_SOURCE_PARAM_TYPE_VALUES!r}"
    )
