from typing import Literal

BetaUrlCitationBodyType = Literal["url_citation"]

BETA_URL_CITATION_BODY_TYPE_VALUES: set[BetaUrlCitationBodyType] = {
    "url_citation",
}


def check_beta_url_citation_body_type(value: str) -> BetaUrlCitationBodyType:
    if value in BETA_URL_CITATION_BODY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_URL_CITATION_BODY_TYPE_VALUES!r}"
    )
