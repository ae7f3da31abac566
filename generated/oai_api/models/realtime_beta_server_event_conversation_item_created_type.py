from typing import Literal

RealtimeBetaServerEventConversationItemCreatedType = Literal[
    "conversation.item.created"
]

REALTIME_BETA_SERVER_EVENT_CONVERSATION_ITEM_CREATED_TYPE_VALUES: set[
    RealtimeBetaServerEventConversationItemCreatedType
] = {
    "conversation.item.created",
}


def check_realtime_beta_server_event_conversation_item_created_type(
    value: str,
) -> RealtimeBetaServerEventConversationItemCreatedType:
    if value in REALTIME_BETA_SERVER_EVENT_CONVERSATION_ITEM_CREATED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_SERVER_EVENT_CONVERSATION_ITEM_CREATED_TYPE_VALUES!r}"
    )
