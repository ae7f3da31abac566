from typing import Literal

BetaResponseReasoningTextDeltaEventType = Literal["response.reasoning_text.delta"]

BETA_RESPONSE_REASONING_TEXT_DELTA_EVENT_TYPE_VALUES: set[
    BetaResponseReasoningTextDeltaEventType
] = {
    "response.reasoning_text.delta",
}


def check_beta_response_reasoning_text_delta_event_type(
    value: str,
) -> BetaResponseReasoningTextDeltaEventType:
    if value in BETA_RESPONSE_REASONING_TEXT_DELTA_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_REASONING_TEXT_DELTA_EVENT_TYPE_VALUES!r}"
    )
