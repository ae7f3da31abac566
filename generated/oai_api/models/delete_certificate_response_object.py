from typing import Literal

DeleteCertificateResponseObject = Literal["certificate.deleted"]

DELETE_CERTIFICATE_RESPONSE_OBJECT_VALUES: set[DeleteCertificateResponseObject] = {
    "certificate.deleted",
}


def check_delete_certificate_response_object(
    value: str,
) -> DeleteCertificateResponseObject:
    if value in DELETE_CERTIFICATE_RESPONSE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_CERTIFICATE_RESPONSE_OBJECT_VALUES!r}"
    )
