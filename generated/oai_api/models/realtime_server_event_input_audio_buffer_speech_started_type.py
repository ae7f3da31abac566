from typing import Literal

RealtimeServerEventInputAudioBufferSpeechStartedType = Literal[
    "input_audio_buffer.speech_started"
]

REALTIME_SERVER_EVENT_INPUT_AUDIO_BUFFER_SPEECH_STARTED_TYPE_VALUES: set[
    RealtimeServerEventInputAudioBufferSpeechStartedType
] = {
    "input_audio_buffer.speech_started",
}


def check_realtime_server_event_input_audio_buffer_speech_started_type(
    value: str,
) -> RealtimeServerEventInputAudioBufferSpeechStartedType:
    if value in REALTIME_SERVER_EVENT_INPUT_AUDIO_BUFFER_SPEECH_STARTED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SERVER_EVENT_INPUT_AUDIO_BUFFER_SPEECH_STARTED_TYPE_VALUES!r}"
    )
