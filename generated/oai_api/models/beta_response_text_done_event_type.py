from typing import Literal

BetaResponseTextDoneEventType = Literal["response.output_text.done"]

BETA_RESPONSE_TEXT_DONE_EVENT_TYPE_VALUES: set[BetaResponseTextDoneEventType] = {
    "response.output_text.done",
}


def check_beta_response_text_done_event_type(
    value: str,
) -> BetaResponseTextDoneEventType:
    if value in BETA_RESPONSE_TEXT_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_TEXT_DONE_EVENT_TYPE_VALUES!r}"
    )
