from typing import Literal

UrlCitationBodyType = Literal["url_citation"]

URL_CITATION_BODY_TYPE_VALUES: set[UrlCitationBodyType] = {
    "url_citation",
}


def check_url_citation_body_type(value: str) -> UrlCitationBodyType:
    if value in URL_CITATION_BODY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {URL_CITATION_BODY_TYPE_VALUES!r}"
    )
