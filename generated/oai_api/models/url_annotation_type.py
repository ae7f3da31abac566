from typing import Literal

UrlAnnotationType = Literal["url"]

URL_ANNOTATION_TYPE_VALUES: set[UrlAnnotationType] = {
    "url",
}


def check_url_annotation_type(value: str) -> UrlAnnotationType:
    if value in URL_ANNOTATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {URL_ANNOTATION_TYPE_VALUES!r}"
    )
