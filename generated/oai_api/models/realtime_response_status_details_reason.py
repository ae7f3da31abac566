from typing import Literal

RealtimeResponseStatusDetailsReason = Literal[
    "client_cancelled", "content_filter", "max_output_tokens", "turn_detected"
]

REALTIME_RESPONSE_STATUS_DETAILS_REASON_VALUES: set[
    RealtimeResponseStatusDetailsReason
] = {
    "client_cancelled",
    "content_filter",
    "max_output_tokens",
    "turn_detected",
}


def check_realtime_response_status_details_reason(
    value: str,
) -> RealtimeResponseStatusDetailsReason:
    if value in REALTIME_RESPONSE_STATUS_DETAILS_REASON_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_RESPONSE_STATUS_DETAILS_REASON_VALUES!r}"
    )
