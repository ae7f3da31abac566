from typing import Literal

ListOrganizationCertificatesOrder = Literal["asc", "desc"]

LIST_ORGANIZATION_CERTIFICATES_ORDER_VALUES: set[ListOrganizationCertificatesOrder] = {
    "asc",
    "desc",
}


def check_list_organization_certificates_order(
    value: str,
) -> ListOrganizationCertificatesOrder:
    if value in LIST_ORGANIZATION_CERTIFICATES_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_ORGANIZATION_CERTIFICATES_ORDER_VALUES!r}"
    )
