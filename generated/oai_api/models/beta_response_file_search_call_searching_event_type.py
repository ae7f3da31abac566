from typing import Literal

BetaResponseFileSearchCallSearchingEventType = Literal[
    "response.file_search_call.searching"
]

BETA_RESPONSE_FILE_SEARCH_CALL_SEARCHING_EVENT_TYPE_VALUES: set[
    BetaResponseFileSearchCallSearchingEventType
] = {
    "response.file_search_call.searching",
}


def check_beta_response_file_search_call_searching_event_type(
    value: str,
) -> BetaResponseFileSearchCallSearchingEventType:
    if value in BETA_RESPONSE_FILE_SEARCH_CALL_SEARCHING_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_FILE_SEARCH_CALL_SEARCHING_EVENT_TYPE_VALUES!r}"
    )
