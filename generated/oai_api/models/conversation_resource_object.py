from typing import Literal

ConversationResourceObject = Literal["conversation"]

CONVERSATION_RESOURCE_OBJECT_VALUES: set[ConversationResourceObject] = {
    "conversation",
}


def check_conversation_resource_object(value: str) -> ConversationResourceObject:
    if value in CONVERSATION_RESOURCE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONVERSATION_RESOURCE_OBJECT_VALUES!r}"
    )
