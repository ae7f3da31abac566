from typing import Literal

BetaResponseWebSearchCallCompletedEventType = Literal[
    "response.web_search_call.completed"
]

BETA_RESPONSE_WEB_SEARCH_CALL_COMPLETED_EVENT_TYPE_VALUES: set[
    BetaResponseWebSearchCallCompletedEventType
] = {
    "response.web_search_call.completed",
}


def check_beta_response_web_search_call_completed_event_type(
    value: str,
) -> BetaResponseWebSearchCallCompletedEventType:
    if value in BETA_RESPONSE_WEB_SEARCH_CALL_COMPLETED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_WEB_SEARCH_CALL_COMPLETED_EVENT_TYPE_VALUES!r}"
    )
