from typing import Literal

ChatSessionStatus = Literal["active", "cancelled", "expired"]

CHAT_SESSION_STATUS_VALUES: set[ChatSessionStatus] = {
    "active",
    "cancelled",
    "expired",
}


def check_chat_session_status(value: str) -> ChatSessionStatus:
    if value in CHAT_SESSION_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_SESSION_STATUS_VALUES!r}"
    )
