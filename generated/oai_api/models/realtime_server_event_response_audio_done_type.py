from typing import Literal

RealtimeServerEventResponseAudioDoneType = Literal["response.output_audio.done"]

REALTIME_SERVER_EVENT_RESPONSE_AUDIO_DONE_TYPE_VALUES: set[
    RealtimeServerEventResponseAudioDoneType
] = {
    "response.output_audio.done",
}


def check_realtime_server_event_response_audio_done_type(
    value: str,
) -> RealtimeServerEventResponseAudioDoneType:
    if value in REALTIME_SERVER_EVENT_RESPONSE_AUDIO_DONE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SERVER_EVENT_RESPONSE_AUDIO_DONE_TYPE_VALUES!r}"
    )
