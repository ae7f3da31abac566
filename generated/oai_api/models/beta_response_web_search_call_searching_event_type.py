from typing import Literal

BetaResponseWebSearchCallSearchingEventType = Literal[
    "response.web_search_call.searching"
]

BETA_RESPONSE_WEB_SEARCH_CALL_SEARCHING_EVENT_TYPE_VALUES: set[
    BetaResponseWebSearchCallSearchingEventType
] = {
    "response.web_search_call.searching",
}


def check_beta_response_web_search_call_searching_event_type(
    value: str,
) -> BetaResponseWebSearchCallSearchingEventType:
    if value in BETA_RESPONSE_WEB_SEARCH_CALL_SEARCHING_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_WEB_SEARCH_CALL_SEARCHING_EVENT_TYPE_VALUES!r}"
    )
