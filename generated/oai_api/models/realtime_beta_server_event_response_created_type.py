from typing import Literal

RealtimeBetaServerEventResponseCreatedType = Literal["response.created"]

REALTIME_BETA_SERVER_EVENT_RESPONSE_CREATED_TYPE_VALUES: set[
    RealtimeBetaServerEventResponseCreatedType
] = {
    "response.created",
}


def check_realtime_beta_server_event_response_created_type(
    value: str,
) -> RealtimeBetaServerEventResponseCreatedType:
    if value in REALTIME_BETA_SERVER_EVENT_RESPONSE_CREATED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_SERVER_EVENT_RESPONSE_CREATED_TYPE_VALUES!r}"
    )
