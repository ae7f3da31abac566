from typing import Literal

RealtimeBetaResponseStatusDetailsReason = Literal[
    "client_cancelled", "content_filter", "max_output_tokens", "turn_detected"
]

REALTIME_BETA_RESPONSE_STATUS_DETAILS_REASON_VALUES: set[
    RealtimeBetaResponseStatusDetailsReason
] = {
    "client_cancelled",
    "content_filter",
    "max_output_tokens",
    "turn_detected",
}


def check_realtime_beta_response_status_details_reason(
    value: str,
) -> RealtimeBetaResponseStatusDetailsReason:
    if value in REALTIME_BETA_RESPONSE_STATUS_DETAILS_REASON_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_RESPONSE_STATUS_DETAILS_REASON_VALUES!r}"
    )
