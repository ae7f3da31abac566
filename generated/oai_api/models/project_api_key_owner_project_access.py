from typing import Literal

ProjectApiKeyOwnerProjectAccess = Literal["active", "inactive"]

PROJECT_API_KEY_OWNER_PROJECT_ACCESS_VALUES: set[ProjectApiKeyOwnerProjectAccess] = {
    "active",
    "inactive",
}


def check_project_api_key_owner_project_access(
    value: str,
) -> ProjectApiKeyOwnerProjectAccess:
    if value in PROJECT_API_KEY_OWNER_PROJECT_ACCESS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_API_KEY_OWNER_PROJECT_ACCESS_VALUES!r}"
    )
