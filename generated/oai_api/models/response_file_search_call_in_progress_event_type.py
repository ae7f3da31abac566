from typing import Literal

ResponseFileSearchCallInProgressEventType = Literal[
    "response.file_search_call.in_progress"
]

RESPONSE_FILE_SEARCH_CALL_IN_PROGRESS_EVENT_TYPE_VALUES: set[
    ResponseFileSearchCallInProgressEventType
] = {
    "response.file_search_call.in_progress",
}


def check_response_file_search_call_in_progress_event_type(
    value: str,
) -> ResponseFileSearchCallInProgressEventType:
    if value in RESPONSE_FILE_SEARCH_CALL_IN_PROGRESS_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_FILE_SEARCH_CALL_IN_PROGRESS_EVENT_TYPE_VALUES!r}"
    )
