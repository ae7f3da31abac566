from typing import Literal

BetaResponseWebSearchCallInProgressEventType = Literal[
    "response.web_search_call.in_progress"
]

BETA_RESPONSE_WEB_SEARCH_CALL_IN_PROGRESS_EVENT_TYPE_VALUES: set[
    BetaResponseWebSearchCallInProgressEventType
] = {
    "response.web_search_call.in_progress",
}


def check_beta_response_web_search_call_in_progress_event_type(
    value: str,
) -> BetaResponseWebSearchCallInProgressEventType:
    if value in BETA_RESPONSE_WEB_SEARCH_CALL_IN_PROGRESS_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_WEB_SEARCH_CALL_IN_PROGRESS_EVENT_TYPE_VALUES!r}"
    )
