from typing import Literal

SkillVersionResourceObject = Literal["skill.version"]

SKILL_VERSION_RESOURCE_OBJECT_VALUES: set[SkillVersionResourceObject] = {
    "skill.version",
}


def check_skill_version_resource_object(value: str) -> SkillVersionResourceObject:
    if value in SKILL_VERSION_RESOURCE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SKILL_VERSION_RESOURCE_OBJECT_VALUES!r}"
    )
