from typing import Literal

RealtimeTranslationServerEventSessionOutputAudioDeltaType = Literal[
    "session.output_audio.delta"
]

REALTIME_TRANSLATION_SERVER_EVENT_SESSION_OUTPUT_AUDIO_DELTA_TYPE_VALUES: set[
    RealtimeTranslationServerEventSessionOutputAudioDeltaType
] = {
    "session.output_audio.delta",
}


def check_realtime_translation_server_event_session_output_audio_delta_type(
    value: str,
) -> RealtimeTranslationServerEventSessionOutputAudioDeltaType:
    if (
        value
        in REALTIME_TRANSLATION_SERVER_EVENT_SESSION_OUTPUT_AUDIO_DELTA_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_TRANSLATION_SERVER_EVENT_SESSION_OUTPUT_AUDIO_DELTA_TYPE_VALUES!r}"
    )
