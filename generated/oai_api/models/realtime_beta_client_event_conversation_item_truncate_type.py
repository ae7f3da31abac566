from typing import Literal

RealtimeBetaClientEventConversationItemTruncateType = Literal[
    "conversation.item.truncate"
]

REALTIME_BETA_CLIENT_EVENT_CONVERSATION_ITEM_TRUNCATE_TYPE_VALUES: set[
    RealtimeBetaClientEventConversationItemTruncateType
] = {
    "conversation.item.truncate",
}


def check_realtime_beta_client_event_conversation_item_truncate_type(
    value: str,
) -> RealtimeBetaClientEventConversationItemTruncateType:
    if value in REALTIME_BETA_CLIENT_EVENT_CONVERSATION_ITEM_TRUNCATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_CLIENT_EVENT_CONVERSATION_ITEM_TRUNCATE_TYPE_VALUES!r}"
    )
