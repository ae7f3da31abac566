from typing import Literal

DeletedSkillVersionResourceObject = Literal["skill.version.deleted"]

DELETED_SKILL_VERSION_RESOURCE_OBJECT_VALUES: set[DeletedSkillVersionResourceObject] = {
    "skill.version.deleted",
}


def check_deleted_skill_version_resource_object(
    value: str,
) -> DeletedSkillVersionResourceObject:
    if value in DELETED_SKILL_VERSION_RESOURCE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETED_SKILL_VERSION_RESOURCE_OBJECT_VALUES!r}"
    )
