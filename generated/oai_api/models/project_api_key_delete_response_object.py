from typing import Literal

ProjectApiKeyDeleteResponseObject = Literal["organization.project.api_key.deleted"]

PROJECT_API_KEY_DELETE_RESPONSE_OBJECT_VALUES: set[
    ProjectApiKeyDeleteResponseObject
] = {
    "organization.project.api_key.deleted",
}


def check_project_api_key_delete_response_object(
    value: str,
) -> ProjectApiKeyDeleteResponseObject:
    if value in PROJECT_API_KEY_DELETE_RESPONSE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_API_KEY_DELETE_RESPONSE_OBJECT_VALUES!r}"
    )
