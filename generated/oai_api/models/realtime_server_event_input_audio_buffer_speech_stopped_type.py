from typing import Literal

RealtimeServerEventInputAudioBufferSpeechStoppedType = Literal[
    "input_audio_buffer.speech_stopped"
]

REALTIME_SERVER_EVENT_INPUT_AUDIO_BUFFER_SPEECH_STOPPED_TYPE_VALUES: set[
    RealtimeServerEventInputAudioBufferSpeechStoppedType
] = {
    "input_audio_buffer.speech_stopped",
}


def check_realtime_server_event_input_audio_buffer_speech_stopped_type(
    value: str,
) -> RealtimeServerEventInputAudioBufferSpeechStoppedType:
    if value in REALTIME_SERVER_EVENT_INPUT_AUDIO_BUFFER_SPEECH_STOPPED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SERVER_EVENT_INPUT_AUDIO_BUFFER_SPEECH_STOPPED_TYPE_VALUES!r}"
    )
