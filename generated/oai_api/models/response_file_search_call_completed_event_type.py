from typing import Literal

ResponseFileSearchCallCompletedEventType = Literal[
    "response.file_search_call.completed"
]

RESPONSE_FILE_SEARCH_CALL_COMPLETED_EVENT_TYPE_VALUES: set[
    ResponseFileSearchCallCompletedEventType
] = {
    "response.file_search_call.completed",
}


def check_response_file_search_call_completed_event_type(
    value: str,
) -> ResponseFileSearchCallCompletedEventType:
    if value in RESPONSE_FILE_SEARCH_CALL_COMPLETED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_FILE_SEARCH_CALL_COMPLETED_EVENT_TYPE_VALUES!r}"
    )
