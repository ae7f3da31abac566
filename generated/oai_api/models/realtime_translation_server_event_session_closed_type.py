from typing import Literal

RealtimeTranslationServerEventSessionClosedType = Literal["session.closed"]

REALTIME_TRANSLATION_SERVER_EVENT_SESSION_CLOSED_TYPE_VALUES: set[
    RealtimeTranslationServerEventSessionClosedType
] = {
    "session.closed",
}


def check_realtime_translation_server_event_session_closed_type(
    value: str,
) -> RealtimeTranslationServerEventSessionClosedType:
    if value in REALTIME_TRANSLATION_SERVER_EVENT_SESSION_CLOSED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_TRANSLATION_SERVER_EVENT_SESSION_CLOSED_TYPE_VALUES!r}"
    )
