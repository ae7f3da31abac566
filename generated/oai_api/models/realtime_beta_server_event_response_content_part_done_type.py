from typing import Literal

RealtimeBetaServerEventResponseContentPartDoneType = Literal[
    "response.content_part.done"
]

REALTIME_BETA_SERVER_EVENT_RESPONSE_CONTENT_PART_DONE_TYPE_VALUES: set[
    RealtimeBetaServerEventResponseContentPartDoneType
] = {
    "response.content_part.done",
}


def check_realtime_beta_server_event_response_content_part_done_type(
    value: str,
) -> RealtimeBetaServerEventResponseContentPartDoneType:
    if value in REALTIME_BETA_SERVER_EVENT_RESPONSE_CONTENT_PART_DONE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_SERVER_EVENT_RESPONSE_CONTENT_PART_DONE_TYPE_VALUES!r}"
    )
