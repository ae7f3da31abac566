from typing import Literal

ProjectUserObject = Literal["organization.project.user"]

PROJECT_USER_OBJECT_VALUES: set[ProjectUserObject] = {
    "organization.project.user",
}


def check_project_user_object(value: str) -> ProjectUserObject:
    if value in PROJECT_USER_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_USER_OBJECT_VALUES!r}"
    )
