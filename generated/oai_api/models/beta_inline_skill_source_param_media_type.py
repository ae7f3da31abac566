from typing import Literal

BetaInlineSkillSourceParamMediaType = Literal["application/zip"]

BETA_INLINE_SKILL_SOURCE_PARAM_MEDIA_TYPE_VALUES: set[
    BetaInlineSkillSourceParamMediaType
] = {
    "application/zip",
}


def check_beta_inline_skill_source_param_media_type(
    value: str,
) -> BetaInlineSkillSourceParamMediaType:
    if value in BETA_INLINE_SKILL_SOURCE_PARAM_MEDIA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_INLINE_SKILL_SOURCE_PARAM_MEDIA_TYPE_VALUES!r}"
    )
