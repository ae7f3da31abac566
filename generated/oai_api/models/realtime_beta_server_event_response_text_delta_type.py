from typing import Literal

RealtimeBetaServerEventResponseTextDeltaType = Literal["response.output_text.delta"]

REALTIME_BETA_SERVER_EVENT_RESPONSE_TEXT_DELTA_TYPE_VALUES: set[
    RealtimeBetaServerEventResponseTextDeltaType
] = {
    "response.output_text.delta",
}


def check_realtime_beta_server_event_response_text_delta_type(
    value: str,
) -> RealtimeBetaServerEventResponseTextDeltaType:
    if value in REALTIME_BETA_SERVER_EVENT_RESPONSE_TEXT_DELTA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_SERVER_EVENT_RESPONSE_TEXT_DELTA_TYPE_VALUES!r}"
    )
