from typing import Literal

RealtimeBetaServerEventResponseContentPartAddedType = Literal[
    "response.content_part.added"
]

REALTIME_BETA_SERVER_EVENT_RESPONSE_CONTENT_PART_ADDED_TYPE_VALUES: set[
    RealtimeBetaServerEventResponseContentPartAddedType
] = {
    "response.content_part.added",
}


def check_realtime_beta_server_event_response_content_part_added_type(
    value: str,
) -> RealtimeBetaServerEventResponseContentPartAddedType:
    if value in REALTIME_BETA_SERVER_EVENT_RESPONSE_CONTENT_PART_ADDED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_SERVER_EVENT_RESPONSE_CONTENT_PART_ADDED_TYPE_VALUES!r}"
    )
