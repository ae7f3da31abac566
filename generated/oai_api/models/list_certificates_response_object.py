from typing import Literal

ListCertificatesResponseObject = Literal["list"]

LIST_CERTIFICATES_RESPONSE_OBJECT_VALUES: set[ListCertificatesResponseObject] = {
    "list",
}


def check_list_certificates_response_object(
    value: str,
) -> ListCertificatesResponseObject:
    if value in LIST_CERTIFICATES_RESPONSE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_CERTIFICATES_RESPONSE_OBJECT_VALUES!r}"
    )
