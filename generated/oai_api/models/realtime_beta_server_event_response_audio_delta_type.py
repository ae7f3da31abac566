from typing import Literal

RealtimeBetaServerEventResponseAudioDeltaType = Literal["response.output_audio.delta"]

REALTIME_BETA_SERVER_EVENT_RESPONSE_AUDIO_DELTA_TYPE_VALUES: set[
    RealtimeBetaServerEventResponseAudioDeltaType
] = {
    "response.output_audio.delta",
}


def check_realtime_beta_server_event_response_audio_delta_type(
    value: str,
) -> RealtimeBetaServerEventResponseAudioDeltaType:
    if value in REALTIME_BETA_SERVER_EVENT_RESPONSE_AUDIO_DELTA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_SERVER_EVENT_RESPONSE_AUDIO_DELTA_TYPE_VALUES!r}"
    )
