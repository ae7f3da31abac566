from typing import Literal

ProjectListResponseObject = Literal["list"]

PROJECT_LIST_RESPONSE_OBJECT_VALUES: set[ProjectListResponseObject] = {
    "list",
}


def check_project_list_response_object(value: str) -> ProjectListResponseObject:
    if value in PROJECT_LIST_RESPONSE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_LIST_RESPONSE_OBJECT_VALUES!r}"
    )
