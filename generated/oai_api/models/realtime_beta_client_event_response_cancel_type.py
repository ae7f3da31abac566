from typing import Literal

RealtimeBetaClientEventResponseCancelType = Literal["response.cancel"]

REALTIME_BETA_CLIENT_EVENT_RESPONSE_CANCEL_TYPE_VALUES: set[
    RealtimeBetaClientEventResponseCancelType
] = {
    "response.cancel",
}


def check_realtime_beta_client_event_response_cancel_type(
    value: str,
) -> RealtimeBetaClientEventResponseCancelType:
    if value in REALTIME_BETA_CLIENT_EVENT_RESPONSE_CANCEL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_CLIENT_EVENT_RESPONSE_CANCEL_TYPE_VALUES!r}"
    )
