from typing import Literal

ProjectServiceAccountCreateResponseRole = Literal["member", "none"]

PROJECT_SERVICE_ACCOUNT_CREATE_RESPONSE_ROLE_VALUES: set[
    ProjectServiceAccountCreateResponseRole
] = {
    "member",
    "none",
}


def check_project_service_account_create_response_role(
    value: str,
) -> ProjectServiceAccountCreateResponseRole:
    if value in PROJECT_SERVICE_ACCOUNT_CREATE_RESPONSE_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_SERVICE_ACCOUNT_CREATE_RESPONSE_ROLE_VALUES!r}"
    )
