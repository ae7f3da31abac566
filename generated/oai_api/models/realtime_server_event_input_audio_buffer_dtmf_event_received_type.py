from typing import Literal

RealtimeServerEventInputAudioBufferDtmfEventReceivedType = Literal[
    "input_audio_buffer.dtmf_event_received"
]

REALTIME_SERVER_EVENT_INPUT_AUDIO_BUFFER_DTMF_EVENT_RECEIVED_TYPE_VALUES: set[
    RealtimeServerEventInputAudioBufferDtmfEventReceivedType
] = {
    "input_audio_buffer.dtmf_event_received",
}


def check_realtime_server_event_input_audio_buffer_dtmf_event_received_type(
    value: str,
) -> RealtimeServerEventInputAudioBufferDtmfEventReceivedType:
    if (
        value
        in REALTIME_SERVER_EVENT_INPUT_AUDIO_BUFFER_DTMF_EVENT_RECEIVED_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SERVER_EVENT_INPUT_AUDIO_BUFFER_DTMF_EVENT_RECEIVED_TYPE_VALUES!r}"
    )
