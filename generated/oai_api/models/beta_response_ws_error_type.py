from typing import Literal

BetaResponseWsErrorType = Literal["error"]

BETA_RESPONSE_WS_ERROR_TYPE_VALUES: set[BetaResponseWsErrorType] = {
    "error",
}


def check_beta_response_ws_error_type(value: str) -> BetaResponseWsErrorType:
    if value in BETA_RESPONSE_WS_ERROR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_WS_ERROR_TYPE_VALUES!r}"
    )
