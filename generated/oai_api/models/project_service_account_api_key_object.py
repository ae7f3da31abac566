from typing import Literal

ProjectServiceAccountApiKeyObject = Literal[
    "organization.project.service_account.api_key"
]

PROJECT_SERVICE_ACCOUNT_API_KEY_OBJECT_VALUES: set[
    ProjectServiceAccountApiKeyObject
] = {
    "organization.project.service_account.api_key",
}


def check_project_service_account_api_key_object(
    value: str,
) -> ProjectServiceAccountApiKeyObject:
    if value in PROJECT_SERVICE_ACCOUNT_API_KEY_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_SERVICE_ACCOUNT_API_KEY_OBJECT_VALUES!r}"
    )
