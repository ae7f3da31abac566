from typing import Literal

RealtimeResponseStatusDetailsType = Literal[
    "cancelled", "completed", "failed", "incomplete"
]

REALTIME_RESPONSE_STATUS_DETAILS_TYPE_VALUES: set[RealtimeResponseStatusDetailsType] = {
    "cancelled",
    "completed",
    "failed",
    "incomplete",
}


def check_realtime_response_status_details_type(
    value: str,
) -> RealtimeResponseStatusDetailsType:
    if value in REALTIME_RESPONSE_STATUS_DETAILS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_RESPONSE_STATUS_DETAILS_TYPE_VALUES!r}"
    )
