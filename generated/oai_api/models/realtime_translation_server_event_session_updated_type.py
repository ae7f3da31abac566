from typing import Literal

RealtimeTranslationServerEventSessionUpdatedType = Literal["session.updated"]

REALTIME_TRANSLATION_SERVER_EVENT_SESSION_UPDATED_TYPE_VALUES: set[
    RealtimeTranslationServerEventSessionUpdatedType
] = {
    "session.updated",
}


def check_realtime_translation_server_event_session_updated_type(
    value: str,
) -> RealtimeTranslationServerEventSessionUpdatedType:
    if value in REALTIME_TRANSLATION_SERVER_EVENT_SESSION_UPDATED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_TRANSLATION_SERVER_EVENT_SESSION_UPDATED_TYPE_VALUES!r}"
    )
