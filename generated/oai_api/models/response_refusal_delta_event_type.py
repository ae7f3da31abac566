from typing import Literal

ResponseRefusalDeltaEventType = Literal["response.refusal.delta"]

RESPONSE_REFUSAL_DELTA_EVENT_TYPE_VALUES: set[ResponseRefusalDeltaEventType] = {
    "response.refusal.delta",
}


def check_response_refusal_delta_event_type(
    value: str,
) -> ResponseRefusalDeltaEventType:
    if value in RESPONSE_REFUSAL_DELTA_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_REFUSAL_DELTA_EVENT_TYPE_VALUES!r}"
    )
