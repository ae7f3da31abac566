from typing import Literal

RealtimeBetaClientEventConversationItemCreateType = Literal["conversation.item.create"]

REALTIME_BETA_CLIENT_EVENT_CONVERSATION_ITEM_CREATE_TYPE_VALUES: set[
    RealtimeBetaClientEventConversationItemCreateType
] = {
    "conversation.item.create",
}


def check_realtime_beta_client_event_conversation_item_create_type(
    value: str,
) -> RealtimeBetaClientEventConversationItemCreateType:
    if value in REALTIME_BETA_CLIENT_EVENT_CONVERSATION_ITEM_CREATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_CLIENT_EVENT_CONVERSATION_ITEM_CREATE_TYPE_VALUES!r}"
    )
