from typing import Literal

RealtimeBetaServerEventResponseTextDoneType = Literal["response.output_text.done"]

REALTIME_BETA_SERVER_EVENT_RESPONSE_TEXT_DONE_TYPE_VALUES: set[
    RealtimeBetaServerEventResponseTextDoneType
] = {
    "response.output_text.done",
}


def check_realtime_beta_server_event_response_text_done_type(
    value: str,
) -> RealtimeBetaServerEventResponseTextDoneType:
    if value in REALTIME_BETA_SERVER_EVENT_RESPONSE_TEXT_DONE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_SERVER_EVENT_RESPONSE_TEXT_DONE_TYPE_VALUES!r}"
    )
