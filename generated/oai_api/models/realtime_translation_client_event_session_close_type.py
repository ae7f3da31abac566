from typing import Literal

RealtimeTranslationClientEventSessionCloseType = Literal["session.close"]

REALTIME_TRANSLATION_CLIENT_EVENT_SESSION_CLOSE_TYPE_VALUES: set[
    RealtimeTranslationClientEventSessionCloseType
] = {
    "session.close",
}


def check_realtime_translation_client_event_session_close_type(
    value: str,
) -> RealtimeTranslationClientEventSessionCloseType:
    if value in REALTIME_TRANSLATION_CLIENT_EVENT_SESSION_CLOSE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_TRANSLATION_CLIENT_EVENT_SESSION_CLOSE_TYPE_VALUES!r}"
    )
