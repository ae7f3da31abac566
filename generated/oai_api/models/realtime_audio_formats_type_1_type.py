from typing import Literal

RealtimeAudioFormatsType1Type = Literal["audio/pcmu"]

REALTIME_AUDIO_FORMATS_TYPE_1_TYPE_VALUES: set[RealtimeAudioFormatsType1Type] = {
    "audio/pcmu",
}


def check_realtime_audio_formats_type_1_type(
    value: str,
) -> RealtimeAudioFormatsType1Type:
    if value in REALTIME_AUDIO_FORMATS_TYPE_1_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_AUDIO_FORMATS_TYPE_1_TYPE_VALUES!r}"
    )
