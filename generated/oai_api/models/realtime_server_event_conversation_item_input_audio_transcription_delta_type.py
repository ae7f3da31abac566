from typing import Literal

RealtimeServerEventConversationItemInputAudioTranscriptionDeltaType = Literal[
    "conversation.item.input_audio_transcription.delta"
]

REALTIME_SERVER_EVENT_CONVERSATION_ITEM_INPUT_AUDIO_TRANSCRIPTION_DELTA_TYPE_VALUES: set[
    RealtimeServerEventConversationItemInputAudioTranscriptionDeltaType
] = {
    "conversation.item.input_audio_transcription.delta",
}


def check_realtime_server_event_conversation_item_input_audio_transcription_delta_type(
    value: str,
) -> RealtimeServerEventConversationItemInputAudioTranscriptionDeltaType:
    if (
        value
        in REALTIME_SERVER_EVENT_CONVERSATION_ITEM_INPUT_AUDIO_TRANSCRIPTION_DELTA_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SERVER_EVENT_CONVERSATION_ITEM_INPUT_AUDIO_TRANSCRIPTION_DELTA_TYPE_VALUES!r}"
    )
