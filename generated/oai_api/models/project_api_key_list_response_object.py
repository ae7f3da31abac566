from typing import Literal

ProjectApiKeyListResponseObject = Literal["list"]

PROJECT_API_KEY_LIST_RESPONSE_OBJECT_VALUES: set[ProjectApiKeyListResponseObject] = {
    "list",
}


def check_project_api_key_list_response_object(
    value: str,
) -> ProjectApiKeyListResponseObject:
    if value in PROJECT_API_KEY_LIST_RESPONSE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_API_KEY_LIST_RESPONSE_OBJECT_VALUES!r}"
    )
