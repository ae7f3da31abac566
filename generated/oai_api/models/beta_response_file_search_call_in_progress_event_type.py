from typing import Literal

BetaResponseFileSearchCallInProgressEventType = Literal[
    "response.file_search_call.in_progress"
]

BETA_RESPONSE_FILE_SEARCH_CALL_IN_PROGRESS_EVENT_TYPE_VALUES: set[
    BetaResponseFileSearchCallInProgressEventType
] = {
    "response.file_search_call.in_progress",
}


def check_beta_response_file_search_call_in_progress_event_type(
    value: str,
) -> BetaResponseFileSearchCallInProgressEventType:
    if value in BETA_RESPONSE_FILE_SEARCH_CALL_IN_PROGRESS_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_FILE_SEARCH_CALL_IN_PROGRESS_EVENT_TYPE_VALUES!r}"
    )
