from typing import Literal

ProjectUserDeleteResponseObject = Literal["organization.project.user.deleted"]

PROJECT_USER_DELETE_RESPONSE_OBJECT_VALUES: set[ProjectUserDeleteResponseObject] = {
    "organization.project.user.deleted",
}


def check_project_user_delete_response_object(
    value: str,
) -> ProjectUserDeleteResponseObject:
    if value in PROJECT_USER_DELETE_RESPONSE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_USER_DELETE_RESPONSE_OBJECT_VALUES!r}"
    )
