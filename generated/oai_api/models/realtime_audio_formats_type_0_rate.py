from typing import Literal

RealtimeAudioFormatsType0Rate = Literal[24000]

REALTIME_AUDIO_FORMATS_TYPE_0_RATE_VALUES: set[RealtimeAudioFormatsType0Rate] = {
    24000,
}


def check_realtime_audio_formats_type_0_rate(
    value: int,
) -> RealtimeAudioFormatsType0Rate:
    if value in REALTIME_AUDIO_FORMATS_TYPE_0_RATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_AUDIO_FORMATS_TYPE_0_RATE_VALUES!r}"
    )
