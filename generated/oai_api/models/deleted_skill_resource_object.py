from typing import Literal

DeletedSkillResourceObject = Literal["skill.deleted"]

DELETED_SKILL_RESOURCE_OBJECT_VALUES: set[DeletedSkillResourceObject] = {
    "skill.deleted",
}


def check_deleted_skill_resource_object(value: str) -> DeletedSkillResourceObject:
    if value in DELETED_SKILL_RESOURCE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETED_SKILL_RESOURCE_OBJECT_VALUES!r}"
    )
