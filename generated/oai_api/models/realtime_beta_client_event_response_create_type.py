from typing import Literal

RealtimeBetaClientEventResponseCreateType = Literal["response.create"]

REALTIME_BETA_CLIENT_EVENT_RESPONSE_CREATE_TYPE_VALUES: set[
    RealtimeBetaClientEventResponseCreateType
] = {
    "response.create",
}


def check_realtime_beta_client_event_response_create_type(
    value: str,
) -> RealtimeBetaClientEventResponseCreateType:
    if value in REALTIME_BETA_CLIENT_EVENT_RESPONSE_CREATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_CLIENT_EVENT_RESPONSE_CREATE_TYPE_VALUES!r}"
    )
