from typing import Literal

BetaResponseOutputItemAddedEventType = Literal["response.output_item.added"]

BETA_RESPONSE_OUTPUT_ITEM_ADDED_EVENT_TYPE_VALUES: set[
    BetaResponseOutputItemAddedEventType
] = {
    "response.output_item.added",
}


def check_beta_response_output_item_added_event_type(
    value: str,
) -> BetaResponseOutputItemAddedEventType:
    if value in BETA_RESPONSE_OUTPUT_ITEM_ADDED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_OUTPUT_ITEM_ADDED_EVENT_TYPE_VALUES!r}"
    )
