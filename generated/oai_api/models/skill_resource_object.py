from typing import Literal

SkillResourceObject = Literal["skill"]

SKILL_RESOURCE_OBJECT_VALUES: set[SkillResourceObject] = {
    "skill",
}


def check_skill_resource_object(value: str) -> SkillResourceObject:
    if value in SKILL_RESOURCE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SKILL_RESOURCE_OBJECT_VALUES!r}"
    )
