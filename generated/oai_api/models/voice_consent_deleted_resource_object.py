from typing import Literal

VoiceConsentDeletedResourceObject = Literal["audio.voice_consent"]

VOICE_CONSENT_DELETED_RESOURCE_OBJECT_VALUES: set[VoiceConsentDeletedResourceObject] = {
    "audio.voice_consent",
}


def check_voice_consent_deleted_resource_object(
    value: str,
) -> VoiceConsentDeletedResourceObject:
    if value in VOICE_CONSENT_DELETED_RESOURCE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VOICE_CONSENT_DELETED_RESOURCE_OBJECT_VALUES!r}"
    )
