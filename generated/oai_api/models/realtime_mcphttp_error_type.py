from typing import Literal

RealtimeMCPHTTPErrorType = Literal["http_error"]

REALTIME_MCPHTTP_ERROR_TYPE_VALUES: set[RealtimeMCPHTTPErrorType] = {
    "http_error",
}


def check_realtime_mcphttp_error_type(value: str) -> RealtimeMCPHTTPErrorType:
    if value in REALTIME_MCPHTTP_ERROR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_MCPHTTP_ERROR_TYPE_VALUES!r}"
    )
