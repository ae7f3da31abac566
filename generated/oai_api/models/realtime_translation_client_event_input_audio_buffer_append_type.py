from typing import Literal

RealtimeTranslationClientEventInputAudioBufferAppendType = Literal[
    "session.input_audio_buffer.append"
]

REALTIME_TRANSLATION_CLIENT_EVENT_INPUT_AUDIO_BUFFER_APPEND_TYPE_VALUES: set[
    RealtimeTranslationClientEventInputAudioBufferAppendType
] = {
    "session.input_audio_buffer.append",
}


def check_realtime_translation_client_event_input_audio_buffer_append_type(
    value: str,
) -> RealtimeTranslationClientEventInputAudioBufferAppendType:
    if value in REALTIME_TRANSLATION_CLIENT_EVENT_INPUT_AUDIO_BUFFER_APPEND_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_TRANSLATION_CLIENT_EVENT_INPUT_AUDIO_BUFFER_APPEND_TYPE_VALUES!r}"
    )
