from typing import Literal

RealtimeBetaServerEventConversationItemRetrievedType = Literal[
    "conversation.item.retrieved"
]

REALTIME_BETA_SERVER_EVENT_CONVERSATION_ITEM_RETRIEVED_TYPE_VALUES: set[
    RealtimeBetaServerEventConversationItemRetrievedType
] = {
    "conversation.item.retrieved",
}


def check_realtime_beta_server_event_conversation_item_retrieved_type(
    value: str,
) -> RealtimeBetaServerEventConversationItemRetrievedType:
    if value in REALTIME_BETA_SERVER_EVENT_CONVERSATION_ITEM_RETRIEVED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_SERVER_EVENT_CONVERSATION_ITEM_RETRIEVED_TYPE_VALUES!r}"
    )
