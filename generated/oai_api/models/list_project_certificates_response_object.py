from typing import Literal

ListProjectCertificatesResponseObject = Literal["list"]

LIST_PROJECT_CERTIFICATES_RESPONSE_OBJECT_VALUES: set[
    ListProjectCertificatesResponseObject
] = {
    "list",
}


def check_list_project_certificates_response_object(
    value: str,
) -> ListProjectCertificatesResponseObject:
    if value in LIST_PROJECT_CERTIFICATES_RESPONSE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PROJECT_CERTIFICATES_RESPONSE_OBJECT_VALUES!r}"
    )
