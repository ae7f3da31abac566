from typing import Literal

RealtimeBetaServerEventResponseAudioDoneType = Literal["response.output_audio.done"]

REALTIME_BETA_SERVER_EVENT_RESPONSE_AUDIO_DONE_TYPE_VALUES: set[
    RealtimeBetaServerEventResponseAudioDoneType
] = {
    "response.output_audio.done",
}


def check_realtime_beta_server_event_response_audio_done_type(
    value: str,
) -> RealtimeBetaServerEventResponseAudioDoneType:
    if value in REALTIME_BETA_SERVER_EVENT_RESPONSE_AUDIO_DONE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_SERVER_EVENT_RESPONSE_AUDIO_DONE_TYPE_VALUES!r}"
    )
