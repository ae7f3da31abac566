from typing import Literal

BetaHTTPErrorType = Literal["http_error"]

BETA_HTTP_ERROR_TYPE_VALUES: set[BetaHTTPErrorType] = {
    "http_error",
}


def check_beta_http_error_type(value: str) -> BetaHTTPErrorType:
    if value in BETA_HTTP_ERROR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_HTTP_ERROR_TYPE_VALUES!r}"
    )
