from typing import Literal

BetaUrlCitationParamType = Literal["url_citation"]

BETA_URL_CITATION_PARAM_TYPE_VALUES: set[BetaUrlCitationParamType] = {
    "url_citation",
}


def check_beta_url_citation_param_type(value: str) -> BetaUrlCitationParamType:
    if value in BETA_URL_CITATION_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_URL_CITATION_PARAM_TYPE_VALUES!r}"
    )
