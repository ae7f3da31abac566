from typing import Literal

RealtimeBetaServerEventConversationItemInputAudioTranscriptionDeltaType = Literal[
    "conversation.item.input_audio_transcription.delta"
]

REALTIME_BETA_SERVER_EVENT_CONVERSATION_ITEM_INPUT_AUDIO_TRANSCRIPTION_DELTA_TYPE_VALUES: set[
    RealtimeBetaServerEventConversationItemInputAudioTranscriptionDeltaType
] = {
    "conversation.item.input_audio_transcription.delta",
}


def check_realtime_beta_server_event_conversation_item_input_audio_transcription_delta_type(
    value: str,
) -> RealtimeBetaServerEventConversationItemInputAudioTranscriptionDeltaType:
    if (
        value
        in REALTIME_BETA_SERVER_EVENT_CONVERSATION_ITEM_INPUT_AUDIO_TRANSCRIPTION_DELTA_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_SERVER_EVENT_CONVERSATION_ITEM_INPUT_AUDIO_TRANSCRIPTION_DELTA_TYPE_VALUES!r}"
    )
