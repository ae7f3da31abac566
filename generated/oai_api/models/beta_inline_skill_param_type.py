from typing import Literal

BetaInlineSkillParamType = Literal["inline"]

BETA_INLINE_SKILL_PARAM_TYPE_VALUES: set[BetaInlineSkillParamType] = {
    "inline",
}


def check_beta_inline_skill_param_type(value: str) -> BetaInlineSkillParamType:
    if value in BETA_INLINE_SKILL_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_INLINE_SKILL_PARAM_TYPE_VALUES!r}"
    )
