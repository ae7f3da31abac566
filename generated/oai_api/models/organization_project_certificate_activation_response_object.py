from typing import Literal

OrganizationProjectCertificateActivationResponseObject = Literal[
    "organization.project.certificate.activation"
]

ORGANIZATION_PROJECT_CERTIFICATE_ACTIVATION_RESPONSE_OBJECT_VALUES: set[
    OrganizationProjectCertificateActivationResponseObject
] = {
    "organization.project.certificate.activation",
}


def check_organization_project_certificate_activation_response_object(
    value: str,
) -> OrganizationProjectCertificateActivationResponseObject:
    if value in ORGANIZATION_PROJECT_CERTIFICATE_ACTIVATION_RESPONSE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORGANIZATION_PROJECT_CERTIFICATE_ACTIVATION_RESPONSE_OBJECT_VALUES!r}"
    )
