from typing import Literal

SkillListResourceObject = Literal["list"]

SKILL_LIST_RESOURCE_OBJECT_VALUES: set[SkillListResourceObject] = {
    "list",
}


def check_skill_list_resource_object(value: str) -> SkillListResourceObject:
    if value in SKILL_LIST_RESOURCE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SKILL_LIST_RESOURCE_OBJECT_VALUES!r}"
    )
