from typing import Literal

RealtimeServerEventConversationItemInputAudioTranscriptionCompletedType = Literal[
    "conversation.item.input_audio_transcription.completed"
]

REALTIME_SERVER_EVENT_CONVERSATION_ITEM_INPUT_AUDIO_TRANSCRIPTION_COMPLETED_TYPE_VALUES: set[
    RealtimeServerEventConversationItemInputAudioTranscriptionCompletedType
] = {
    "conversation.item.input_audio_transcription.completed",
}


def check_realtime_server_event_conversation_item_input_audio_transcription_completed_type(
    value: str,
) -> RealtimeServerEventConversationItemInputAudioTranscriptionCompletedType:
    if (
        value
        in REALTIME_SERVER_EVENT_CONVERSATION_ITEM_INPUT_AUDIO_TRANSCRIPTION_COMPLETED_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SERVER_EVENT_CONVERSATION_ITEM_INPUT_AUDIO_TRANSCRIPTION_COMPLETED_TYPE_VALUES!r}"
    )
