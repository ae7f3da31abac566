from typing import Literal

DeletedConversationResourceObject = Literal["conversation.deleted"]

DELETED_CONVERSATION_RESOURCE_OBJECT_VALUES: set[DeletedConversationResourceObject] = {
    "conversation.deleted",
}


def check_deleted_conversation_resource_object(
    value: str,
) -> DeletedConversationResourceObject:
    if value in DELETED_CONVERSATION_RESOURCE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETED_CONVERSATION_RESOURCE_OBJECT_VALUES!r}"
    )
