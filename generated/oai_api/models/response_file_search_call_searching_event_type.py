from typing import Literal

ResponseFileSearchCallSearchingEventType = Literal[
    "response.file_search_call.searching"
]

RESPONSE_FILE_SEARCH_CALL_SEARCHING_EVENT_TYPE_VALUES: set[
    ResponseFileSearchCallSearchingEventType
] = {
    "response.file_search_call.searching",
}


def check_response_file_search_call_searching_event_type(
    value: str,
) -> ResponseFileSearchCallSearchingEventType:
    if value in RESPONSE_FILE_SEARCH_CALL_SEARCHING_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_FILE_SEARCH_CALL_SEARCHING_EVENT_TYPE_VALUES!r}"
    )
