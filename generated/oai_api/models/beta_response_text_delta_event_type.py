from typing import Literal

BetaResponseTextDeltaEventType = Literal["response.output_text.delta"]

BETA_RESPONSE_TEXT_DELTA_EVENT_TYPE_VALUES: set[BetaResponseTextDeltaEventType] = {
    "response.output_text.delta",
}


def check_beta_response_text_delta_event_type(
    value: str,
) -> BetaResponseTextDeltaEventType:
    if value in BETA_RESPONSE_TEXT_DELTA_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_TEXT_DELTA_EVENT_TYPE_VALUES!r}"
    )
