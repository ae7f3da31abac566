from typing import Literal

RealtimeBetaClientEventConversationItemRetrieveType = Literal[
    "conversation.item.retrieve"
]

REALTIME_BETA_CLIENT_EVENT_CONVERSATION_ITEM_RETRIEVE_TYPE_VALUES: set[
    RealtimeBetaClientEventConversationItemRetrieveType
] = {
    "conversation.item.retrieve",
}


def check_realtime_beta_client_event_conversation_item_retrieve_type(
    value: str,
) -> RealtimeBetaClientEventConversationItemRetrieveType:
    if value in REALTIME_BETA_CLIENT_EVENT_CONVERSATION_ITEM_RETRIEVE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_CLIENT_EVENT_CONVERSATION_ITEM_RETRIEVE_TYPE_VALUES!r}"
    )
