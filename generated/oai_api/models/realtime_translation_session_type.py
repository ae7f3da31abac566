from typing import Literal

RealtimeTranslationSessionType = Literal["translation"]

REALTIME_TRANSLATION_SESSION_TYPE_VALUES: set[RealtimeTranslationSessionType] = {
    "translation",
}


def check_realtime_translation_session_type(
    value: str,
) -> RealtimeTranslationSessionType:
    if value in REALTIME_TRANSLATION_SESSION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_TRANSLATION_SESSION_TYPE_VALUES!r}"
    )
