from typing import Literal

RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegmentType = Literal[
    "conversation.item.input_audio_transcription.segment"
]

REALTIME_BETA_SERVER_EVENT_CONVERSATION_ITEM_INPUT_AUDIO_TRANSCRIPTION_SEGMENT_TYPE_VALUES: set[
    RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegmentType
] = {
    "conversation.item.input_audio_transcription.segment",
}


def check_realtime_beta_server_event_conversation_item_input_audio_transcription_segment_type(
    value: str,
) -> RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegmentType:
    if (
        value
        in REALTIME_BETA_SERVER_EVENT_CONVERSATION_ITEM_INPUT_AUDIO_TRANSCRIPTION_SEGMENT_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_SERVER_EVENT_CONVERSATION_ITEM_INPUT_AUDIO_TRANSCRIPTION_SEGMENT_TYPE_VALUES!r}"
    )
