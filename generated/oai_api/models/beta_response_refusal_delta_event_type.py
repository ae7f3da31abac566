from typing import Literal

BetaResponseRefusalDeltaEventType = Literal["response.refusal.delta"]

BETA_RESPONSE_REFUSAL_DELTA_EVENT_TYPE_VALUES: set[
    BetaResponseRefusalDeltaEventType
] = {
    "response.refusal.delta",
}


def check_beta_response_refusal_delta_event_type(
    value: str,
) -> BetaResponseRefusalDeltaEventType:
    if value in BETA_RESPONSE_REFUSAL_DELTA_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_REFUSAL_DELTA_EVENT_TYPE_VALUES!r}"
    )
