from typing import Literal

ProjectServiceAccountListResponseObject = Literal["list"]

PROJECT_SERVICE_ACCOUNT_LIST_RESPONSE_OBJECT_VALUES: set[
    ProjectServiceAccountListResponseObject
] = {
    "list",
}


def check_project_service_account_list_response_object(
    value: str,
) -> ProjectServiceAccountListResponseObject:
    if value in PROJECT_SERVICE_ACCOUNT_LIST_RESPONSE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_SERVICE_ACCOUNT_LIST_RESPONSE_OBJECT_VALUES!r}"
    )
