from typing import Literal

RealtimeServerEventConversationItemInputAudioTranscriptionFailedType = Literal[
    "conversation.item.input_audio_transcription.failed"
]

REALTIME_SERVER_EVENT_CONVERSATION_ITEM_INPUT_AUDIO_TRANSCRIPTION_FAILED_TYPE_VALUES: set[
    RealtimeServerEventConversationItemInputAudioTranscriptionFailedType
] = {
    "conversation.item.input_audio_transcription.failed",
}


def check_realtime_server_event_conversation_item_input_audio_transcription_failed_type(
    value: str,
) -> RealtimeServerEventConversationItemInputAudioTranscriptionFailedType:
    if (
        value
        in REALTIME_SERVER_EVENT_CONVERSATION_ITEM_INPUT_AUDIO_TRANSCRIPTION_FAILED_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SERVER_EVENT_CONVERSATION_ITEM_INPUT_AUDIO_TRANSCRIPTION_FAILED_TYPE_VALUES!r}"
    )
