from typing import Literal

InlineSkillSourceParamMediaType = Literal["application/zip"]

INLINE_SKILL_SOURCE_PARAM_MEDIA_TYPE_VALUES: set[InlineSkillSourceParamMediaType] = {
    "application/zip",
}


def check_inline_skill_source_param_media_type(
    value: str,
) -> InlineSkillSourceParamMediaType:
    if value in INLINE_SKILL_SOURCE_PARAM_MEDIA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INLINE_SKILL_SOURCE_PARAM_MEDIA_TYPE_VALUES!r}"
    )
