from typing import Literal

RealtimeBetaServerEventConversationItemTruncatedType = Literal[
    "conversation.item.truncated"
]

REALTIME_BETA_SERVER_EVENT_CONVERSATION_ITEM_TRUNCATED_TYPE_VALUES: set[
    RealtimeBetaServerEventConversationItemTruncatedType
] = {
    "conversation.item.truncated",
}


def check_realtime_beta_server_event_conversation_item_truncated_type(
    value: str,
) -> RealtimeBetaServerEventConversationItemTruncatedType:
    if value in REALTIME_BETA_SERVER_EVENT_CONVERSATION_ITEM_TRUNCATED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_SERVER_EVENT_CONVERSATION_ITEM_TRUNCATED_TYPE_VALUES!r}"
    )
