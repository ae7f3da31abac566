from typing import Literal

BetaInlineSkillSourceParamType = Literal["base64"]

BETA_INLINE_SKILL_SOURCE_PARAM_TYPE_VALUES: set[BetaInlineSkillSourceParamType] = {
    "base64",
}


def check_beta_inline_skill_source_param_type(
    value: str,
) -> BetaInlineSkillSourceParamType:
    if value in BETA_INLINE_SKILL_SOURCE_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_INLINE_SKILL_SOURCE_PARAM_TYPE_VALUES!r}"
    )
