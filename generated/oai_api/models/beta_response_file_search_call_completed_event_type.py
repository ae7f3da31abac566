from typing import Literal

BetaResponseFileSearchCallCompletedEventType = Literal[
    "response.file_search_call.completed"
]

BETA_RESPONSE_FILE_SEARCH_CALL_COMPLETED_EVENT_TYPE_VALUES: set[
    BetaResponseFileSearchCallCompletedEventType
] = {
    "response.file_search_call.completed",
}


def check_beta_response_file_search_call_completed_event_type(
    value: str,
) -> BetaResponseFileSearchCallCompletedEventType:
    if value in BETA_RESPONSE_FILE_SEARCH_CALL_COMPLETED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_FILE_SEARCH_CALL_COMPLETED_EVENT_TYPE_VALUES!r}"
    )
