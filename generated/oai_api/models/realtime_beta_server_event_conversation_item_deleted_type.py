from typing import Literal

RealtimeBetaServerEventConversationItemDeletedType = Literal[
    "conversation.item.deleted"
]

REALTIME_BETA_SERVER_EVENT_CONVERSATION_ITEM_DELETED_TYPE_VALUES: set[
    RealtimeBetaServerEventConversationItemDeletedType
] = {
    "conversation.item.deleted",
}


def check_realtime_beta_server_event_conversation_item_deleted_type(
    value: str,
) -> RealtimeBetaServerEventConversationItemDeletedType:
    if value in REALTIME_BETA_SERVER_EVENT_CONVERSATION_ITEM_DELETED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_SERVER_EVENT_CONVERSATION_ITEM_DELETED_TYPE_VALUES!r}"
    )
