from typing import Literal

RealtimeAudioFormatsType0Type = Literal["audio/pcm"]

REALTIME_AUDIO_FORMATS_TYPE_0_TYPE_VALUES: set[RealtimeAudioFormatsType0Type] = {
    "audio/pcm",
}


def check_realtime_audio_formats_type_0_type(
    value: str,
) -> RealtimeAudioFormatsType0Type:
    if value in REALTIME_AUDIO_FORMATS_TYPE_0_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_AUDIO_FORMATS_TYPE_0_TYPE_VALUES!r}"
    )
