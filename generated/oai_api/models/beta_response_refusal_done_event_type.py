from typing import Literal

BetaResponseRefusalDoneEventType = Literal["response.refusal.done"]

BETA_RESPONSE_REFUSAL_DONE_EVENT_TYPE_VALUES: set[BetaResponseRefusalDoneEventType] = {
    "response.refusal.done",
}


def check_beta_response_refusal_done_event_type(
    value: str,
) -> BetaResponseRefusalDoneEventType:
    if value in BETA_RESPONSE_REFUSAL_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_REFUSAL_DONE_EVENT_TYPE_VALUES!r}"
    )
