from typing import Literal

UserProjectsType0Object = Literal["list"]

USER_PROJECTS_TYPE_0_OBJECT_VALUES: set[UserProjectsType0Object] = {
    "list",
}


def check_user_projects_type_0_object(value: str) -> UserProjectsType0Object:
    if value in USER_PROJECTS_TYPE_0_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USER_PROJECTS_TYPE_0_OBJECT_VALUES!r}"
    )
