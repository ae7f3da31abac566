from typing import Literal

OrganizationCertificateActivationResponseObject = Literal[
    "organization.certificate.activation"
]

ORGANIZATION_CERTIFICATE_ACTIVATION_RESPONSE_OBJECT_VALUES: set[
    OrganizationCertificateActivationResponseObject
] = {
    "organization.certificate.activation",
}


def check_organization_certificate_activation_response_object(
    value: str,
) -> OrganizationCertificateActivationResponseObject:
    if value in ORGANIZATION_CERTIFICATE_ACTIVATION_RESPONSE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORGANIZATION_CERTIFICATE_ACTIVATION_RESPONSE_OBJECT_VALUES!r}"
    )
