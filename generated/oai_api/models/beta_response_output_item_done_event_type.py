from typing import Literal

BetaResponseOutputItemDoneEventType = Literal["response.output_item.done"]

BETA_RESPONSE_OUTPUT_ITEM_DONE_EVENT_TYPE_VALUES: set[
    BetaResponseOutputItemDoneEventType
] = {
    "response.output_item.done",
}


def check_beta_response_output_item_done_event_type(
    value: str,
) -> BetaResponseOutputItemDoneEventType:
    if value in BETA_RESPONSE_OUTPUT_ITEM_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_OUTPUT_ITEM_DONE_EVENT_TYPE_VALUES!r}"
    )
