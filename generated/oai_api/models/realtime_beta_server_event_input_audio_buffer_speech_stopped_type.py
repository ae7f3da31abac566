from typing import Literal

RealtimeBetaServerEventInputAudioBufferSpeechStoppedType = Literal[
    "input_audio_buffer.speech_stopped"
]

REALTIME_BETA_SERVER_EVENT_INPUT_AUDIO_BUFFER_SPEECH_STOPPED_TYPE_VALUES: set[
    RealtimeBetaServerEventInputAudioBufferSpeechStoppedType
] = {
    "input_audio_buffer.speech_stopped",
}


def check_realtime_beta_server_event_input_audio_buffer_speech_stopped_type(
    value: str,
) -> RealtimeBetaServerEventInputAudioBufferSpeechStoppedType:
    if (
        value
        in REALTIME_BETA_SERVER_EVENT_INPUT_AUDIO_BUFFER_SPEECH_STOPPED_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_SERVER_EVENT_INPUT_AUDIO_BUFFER_SPEECH_STOPPED_TYPE_VALUES!r}"
    )
