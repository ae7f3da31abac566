from typing import Literal

ResponseWsErrorType = Literal["error"]

RESPONSE_WS_ERROR_TYPE_VALUES: set[ResponseWsErrorType] = {
    "error",
}


def check_response_ws_error_type(value: str) -> ResponseWsErrorType:
    if value in RESPONSE_WS_ERROR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_WS_ERROR_TYPE_VALUES!r}"
    )
