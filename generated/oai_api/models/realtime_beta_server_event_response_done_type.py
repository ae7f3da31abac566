from typing import Literal

RealtimeBetaServerEventResponseDoneType = Literal["response.done"]

REALTIME_BETA_SERVER_EVENT_RESPONSE_DONE_TYPE_VALUES: set[
    RealtimeBetaServerEventResponseDoneType
] = {
    "response.done",
}


def check_realtime_beta_server_event_response_done_type(
    value: str,
) -> RealtimeBetaServerEventResponseDoneType:
    if value in REALTIME_BETA_SERVER_EVENT_RESPONSE_DONE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_SERVER_EVENT_RESPONSE_DONE_TYPE_VALUES!r}"
    )
