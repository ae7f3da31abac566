from typing import Literal

BetaResponseReasoningTextDoneEventType = Literal["response.reasoning_text.done"]

BETA_RESPONSE_REASONING_TEXT_DONE_EVENT_TYPE_VALUES: set[
    BetaResponseReasoningTextDoneEventType
] = {
    "response.reasoning_text.done",
}


def check_beta_response_reasoning_text_done_event_type(
    value: str,
) -> BetaResponseReasoningTextDoneEventType:
    if value in BETA_RESPONSE_REASONING_TEXT_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_REASONING_TEXT_DONE_EVENT_TYPE_VALUES!r}"
    )
