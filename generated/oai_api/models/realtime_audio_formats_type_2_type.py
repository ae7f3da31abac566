from typing import Literal

RealtimeAudioFormatsType2Type = Literal["audio/pcma"]

REALTIME_AUDIO_FORMATS_TYPE_2_TYPE_VALUES: set[RealtimeAudioFormatsType2Type] = {
    "audio/pcma",
}


def check_realtime_audio_formats_type_2_type(
    value: str,
) -> RealtimeAudioFormatsType2Type:
    if value in REALTIME_AUDIO_FORMATS_TYPE_2_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_AUDIO_FORMATS_TYPE_2_TYPE_VALUES!r}"
    )
