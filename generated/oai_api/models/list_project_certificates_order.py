from typing import Literal

ListProjectCertificatesOrder = Literal["asc", "desc"]

LIST_PROJECT_CERTIFICATES_ORDER_VALUES: set[ListProjectCertificatesOrder] = {
    "asc",
    "desc",
}


def check_list_project_certificates_order(value: str) -> ListProjectCertificatesOrder:
    if value in LIST_PROJECT_CERTIFICATES_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PROJECT_CERTIFICATES_ORDER_VALUES!r}"
    )
