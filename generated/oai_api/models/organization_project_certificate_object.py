from typing import Literal

OrganizationProjectCertificateObject = Literal["organization.project.certificate"]

ORGANIZATION_PROJECT_CERTIFICATE_OBJECT_VALUES: set[
    OrganizationProjectCertificateObject
] = {
    "organization.project.certificate",
}


def check_organization_project_certificate_object(
    value: str,
) -> OrganizationProjectCertificateObject:
    if value in ORGANIZATION_PROJECT_CERTIFICATE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORGANIZATION_PROJECT_CERTIFICATE_OBJECT_VALUES!r}"
    )
