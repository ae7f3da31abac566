from typing import Literal

ProjectServiceAccountCreateResponseObject = Literal[
    "organization.project.service_account"
]

PROJECT_SERVICE_ACCOUNT_CREATE_RESPONSE_OBJECT_VALUES: set[
    ProjectServiceAccountCreateResponseObject
] = {
    "organization.project.service_account",
}


def check_project_service_account_create_response_object(
    value: str,
) -> ProjectServiceAccountCreateResponseObject:
    if value in PROJECT_SERVICE_ACCOUNT_CREATE_RESPONSE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_SERVICE_ACCOUNT_CREATE_RESPONSE_OBJECT_VALUES!r}"
    )
