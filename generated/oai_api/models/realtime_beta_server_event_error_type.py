from typing import Literal

RealtimeBetaServerEventErrorType = Literal["error"]

REALTIME_BETA_SERVER_EVENT_ERROR_TYPE_VALUES: set[RealtimeBetaServerEventErrorType] = {
    "error",
}


def check_realtime_beta_server_event_error_type(
    value: str,
) -> RealtimeBetaServerEventErrorType:
    if value in REALTIME_BETA_SERVER_EVENT_ERROR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_SERVER_EVENT_ERROR_TYPE_VALUES!r}"
    )
