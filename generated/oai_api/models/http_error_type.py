from typing import Literal

HTTPErrorType = Literal["http_error"]

HTTP_ERROR_TYPE_VALUES: set[HTTPErrorType] = {
    "http_error",
}


def check_http_error_type(value: str) -> HTTPErrorType:
    if value in HTTP_ERROR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HTTP_ERROR_TYPE_VALUES!r}"
    )
