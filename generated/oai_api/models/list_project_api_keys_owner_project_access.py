from typing import Literal

ListProjectApiKeysOwnerProjectAccess = Literal["active", "any", "inactive"]

LIST_PROJECT_API_KEYS_OWNER_PROJECT_ACCESS_VALUES: set[
    ListProjectApiKeysOwnerProjectAccess
] = {
    "active",
    "any",
    "inactive",
}


def check_list_project_api_keys_owner_project_access(
    value: str,
) -> ListProjectApiKeysOwnerProjectAccess:
    if value in LIST_PROJECT_API_KEYS_OWNER_PROJECT_ACCESS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PROJECT_API_KEYS_OWNER_PROJECT_ACCESS_VALUES!r}"
    )
