from typing import Literal

VoiceConsentListResourceObject = Literal["list"]

VOICE_CONSENT_LIST_RESOURCE_OBJECT_VALUES: set[VoiceConsentListResourceObject] = {
    "list",
}


def check_voice_consent_list_resource_object(
    value: str,
) -> VoiceConsentListResourceObject:
    if value in VOICE_CONSENT_LIST_RESOURCE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VOICE_CONSENT_LIST_RESOURCE_OBJECT_VALUES!r}"
    )
