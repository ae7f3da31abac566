from typing import Literal

BetaResponseInjectFailedEventErrorCode = Literal[
    "response_already_completed", "response_not_found"
]

BETA_RESPONSE_INJECT_FAILED_EVENT_ERROR_CODE_VALUES: set[
    BetaResponseInjectFailedEventErrorCode
] = {
    "response_already_completed",
    "response_not_found",
}


def check_beta_response_inject_failed_event_error_code(
    value: str,
) -> BetaResponseInjectFailedEventErrorCode:
    if value in BETA_RESPONSE_INJECT_FAILED_EVENT_ERROR_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_INJECT_FAILED_EVENT_ERROR_CODE_VALUES!r}"
    )
