from typing import Literal

OrganizationProjectCertificateDeactivationResponseObject = Literal[
    "organization.project.certificate.deactivation"
]

ORGANIZATION_PROJECT_CERTIFICATE_DEACTIVATION_RESPONSE_OBJECT_VALUES: set[
    OrganizationProjectCertificateDeactivationResponseObject
] = {
    "organization.project.certificate.deactivation",
}


def check_organization_project_certificate_deactivation_response_object(
    value: str,
) -> OrganizationProjectCertificateDeactivationResponseObject:
    if value in ORGANIZATION_PROJECT_CERTIFICATE_DEACTIVATION_RESPONSE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORGANIZATION_PROJECT_CERTIFICATE_DEACTIVATION_RESPONSE_OBJECT_VALUES!r}"
    )
