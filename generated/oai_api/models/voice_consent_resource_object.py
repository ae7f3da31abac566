from typing import Literal

VoiceConsentResourceObject = Literal["audio.voice_consent"]

VOICE_CONSENT_RESOURCE_OBJECT_VALUES: set[VoiceConsentResourceObject] = {
    "audio.voice_consent",
}


def check_voice_consent_resource_object(value: str) -> VoiceConsentResourceObject:
    if value in VOICE_CONSENT_RESOURCE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VOICE_CONSENT_RESOURCE_OBJECT_VALUES!r}"
    )
