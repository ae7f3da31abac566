from typing import Literal

VoiceResourceObject = Literal["audio.voice"]

VOICE_RESOURCE_OBJECT_VALUES: set[VoiceResourceObject] = {
    "audio.voice",
}


def check_voice_resource_object(value: str) -> VoiceResourceObject:
    if value in VOICE_RESOURCE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VOICE_RESOURCE_OBJECT_VALUES!r}"
    )
