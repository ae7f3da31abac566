from typing import Literal

SkillVersionListResourceObject = Literal["list"]

SKILL_VERSION_LIST_RESOURCE_OBJECT_VALUES: set[SkillVersionListResourceObject] = {
    "list",
}


def check_skill_version_list_resource_object(
    value: str,
) -> SkillVersionListResourceObject:
    if value in SKILL_VERSION_LIST_RESOURCE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SKILL_VERSION_LIST_RESOURCE_OBJECT_VALUES!r}"
    )
