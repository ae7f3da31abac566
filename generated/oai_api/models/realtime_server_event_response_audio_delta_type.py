from typing import Literal

RealtimeServerEventResponseAudioDeltaType = Literal["response.output_audio.delta"]

REALTIME_SERVER_EVENT_RESPONSE_AUDIO_DELTA_TYPE_VALUES: set[
    RealtimeServerEventResponseAudioDeltaType
] = {
    "response.output_audio.delta",
}


def check_realtime_server_event_response_audio_delta_type(
    value: str,
) -> RealtimeServerEventResponseAudioDeltaType:
    if value in REALTIME_SERVER_EVENT_RESPONSE_AUDIO_DELTA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SERVER_EVENT_RESPONSE_AUDIO_DELTA_TYPE_VALUES!r}"
    )
