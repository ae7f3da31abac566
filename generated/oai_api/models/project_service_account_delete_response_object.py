from typing import Literal

ProjectServiceAccountDeleteResponseObject = Literal[
    "organization.project.service_account.deleted"
]

PROJECT_SERVICE_ACCOUNT_DELETE_RESPONSE_OBJECT_VALUES: set[
    ProjectServiceAccountDeleteResponseObject
] = {
    "organization.project.service_account.deleted",
}


def check_project_service_account_delete_response_object(
    value: str,
) -> ProjectServiceAccountDeleteResponseObject:
    if value in PROJECT_SERVICE_ACCOUNT_DELETE_RESPONSE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_SERVICE_ACCOUNT_DELETE_RESPONSE_OBJECT_VALUES!r}"
    )
