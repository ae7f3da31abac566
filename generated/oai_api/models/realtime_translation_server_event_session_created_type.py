from typing import Literal

RealtimeTranslationServerEventSessionCreatedType = Literal["session.created"]

REALTIME_TRANSLATION_SERVER_EVENT_SESSION_CREATED_TYPE_VALUES: set[
    RealtimeTranslationServerEventSessionCreatedType
] = {
    "session.created",
}


def check_realtime_translation_server_event_session_created_type(
    value: str,
) -> RealtimeTranslationServerEventSessionCreatedType:
    if value in REALTIME_TRANSLATION_SERVER_EVENT_SESSION_CREATED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_TRANSLATION_SERVER_EVENT_SESSION_CREATED_TYPE_VALUES!r}"
    )
