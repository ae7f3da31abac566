from typing import Literal

ResponseWebSearchCallCompletedEventType = Literal["response.web_search_call.completed"]

RESPONSE_WEB_SEARCH_CALL_COMPLETED_EVENT_TYPE_VALUES: set[
    ResponseWebSearchCallCompletedEventType
] = {
    "response.web_search_call.completed",
}


def check_response_web_search_call_completed_event_type(
    value: str,
) -> ResponseWebSearchCallCompletedEventType:
    if value in RESPONSE_WEB_SEARCH_CALL_COMPLETED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_WEB_SEARCH_CALL_COMPLETED_EVENT_TYPE_VALUES!r}"
    )
