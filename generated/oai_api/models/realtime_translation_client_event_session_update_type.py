from typing import Literal

RealtimeTranslationClientEventSessionUpdateType = Literal["session.update"]

REALTIME_TRANSLATION_CLIENT_EVENT_SESSION_UPDATE_TYPE_VALUES: set[
    RealtimeTranslationClientEventSessionUpdateType
] = {
    "session.update",
}


def check_realtime_translation_client_event_session_update_type(
    value: str,
) -> RealtimeTranslationClientEventSessionUpdateType:
    if value in REALTIME_TRANSLATION_CLIENT_EVENT_SESSION_UPDATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_TRANSLATION_CLIENT_EVENT_SESSION_UPDATE_TYPE_VALUES!r}"
    )
