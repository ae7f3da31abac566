from typing import Literal

RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedType = Literal[
    "conversation.item.input_audio_transcription.failed"
]

REALTIME_BETA_SERVER_EVENT_CONVERSATION_ITEM_INPUT_AUDIO_TRANSCRIPTION_FAILED_TYPE_VALUES: set[
    RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedType
] = {
    "conversation.item.input_audio_transcription.failed",
}


def check_realtime_beta_server_event_conversation_item_input_audio_transcription_failed_type(
    value: str,
) -> RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedType:
    if (
        value
        in REALTIME_BETA_SERVER_EVENT_CONVERSATION_ITEM_INPUT_AUDIO_TRANSCRIPTION_FAILED_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_SERVER_EVENT_CONVERSATION_ITEM_INPUT_AUDIO_TRANSCRIPTION_FAILED_TYPE_VALUES!r}"
    )
