from typing import Literal

DeleteAssistantResponseObject = Literal["assistant.deleted"]

DELETE_ASSISTANT_RESPONSE_OBJECT_VALUES: set[DeleteAssistantResponseObject] = {
    "assistant.deleted",
}


def check_delete_assistant_response_object(value: str) -> DeleteAssistantResponseObject:
    if value in DELETE_ASSISTANT_RESPONSE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_ASSISTANT_RESPONSE_OBJECT_VALUES!r}"
    )
