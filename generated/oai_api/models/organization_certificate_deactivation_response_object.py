from typing import Literal

OrganizationCertificateDeactivationResponseObject = Literal[
    "organization.certificate.deactivation"
]

ORGANIZATION_CERTIFICATE_DEACTIVATION_RESPONSE_OBJECT_VALUES: set[
    OrganizationCertificateDeactivationResponseObject
] = {
    "organization.certificate.deactivation",
}


def check_organization_certificate_deactivation_response_object(
    value: str,
) -> OrganizationCertificateDeactivationResponseObject:
    if value in ORGANIZATION_CERTIFICATE_DEACTIVATION_RESPONSE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORGANIZATION_CERTIFICATE_DEACTIVATION_RESPONSE_OBJECT_VALUES!r}"
    )
