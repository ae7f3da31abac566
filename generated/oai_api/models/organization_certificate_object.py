from typing import Literal

OrganizationCertificateObject = Literal["organization.certificate"]

ORGANIZATION_CERTIFICATE_OBJECT_VALUES: set[OrganizationCertificateObject] = {
    "organization.certificate",
}


def check_organization_certificate_object(value: str) -> OrganizationCertificateObject:
    if value in ORGANIZATION_CERTIFICATE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORGANIZATION_CERTIFICATE_OBJECT_VALUES!r}"
    )
