from typing import Literal

UrlCitationParamType = Literal["url_citation"]

URL_CITATION_PARAM_TYPE_VALUES: set[UrlCitationParamType] = {
    "url_citation",
}


def check_url_citation_param_type(value: str) -> UrlCitationParamType:
    if value in URL_CITATION_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {URL_CITATION_PARAM_TYPE_VALUES!r}"
    )
