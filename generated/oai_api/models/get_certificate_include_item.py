from typing import Literal

GetCertificateIncludeItem = Literal["content"]

GET_CERTIFICATE_INCLUDE_ITEM_VALUES: set[GetCertificateIncludeItem] = {
    "content",
}


def check_get_certificate_include_item(value: str) -> GetCertificateIncludeItem:
    if value in GET_CERTIFICATE_INCLUDE_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_CERTIFICATE_INCLUDE_ITEM_VALUES!r}"
    )
