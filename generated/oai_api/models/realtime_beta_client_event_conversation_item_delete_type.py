from typing import Literal

RealtimeBetaClientEventConversationItemDeleteType = Literal["conversation.item.delete"]

REALTIME_BETA_CLIENT_EVENT_CONVERSATION_ITEM_DELETE_TYPE_VALUES: set[
    RealtimeBetaClientEventConversationItemDeleteType
] = {
    "conversation.item.delete",
}


def check_realtime_beta_client_event_conversation_item_delete_type(
    value: str,
) -> RealtimeBetaClientEventConversationItemDeleteType:
    if value in REALTIME_BETA_CLIENT_EVENT_CONVERSATION_ITEM_DELETE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_CLIENT_EVENT_CONVERSATION_ITEM_DELETE_TYPE_VALUES!r}"
    )
