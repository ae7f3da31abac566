from typing import Literal

ProjectServiceAccountRole = Literal["member", "none", "owner"]

PROJECT_SERVICE_ACCOUNT_ROLE_VALUES: set[ProjectServiceAccountRole] = {
    "member",
    "none",
    "owner",
}


def check_project_service_account_role(value: str) -> ProjectServiceAccountRole:
    if value in PROJECT_SERVICE_ACCOUNT_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_SERVICE_ACCOUNT_ROLE_VALUES!r}"
    )
