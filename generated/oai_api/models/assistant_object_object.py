from typing import Literal

AssistantObjectObject = Literal["assistant"]

ASSISTANT_OBJECT_OBJECT_VALUES: set[AssistantObjectObject] = {
    "assistant",
}


def check_assistant_object_object(value: str) -> AssistantObjectObject:
    if value in ASSISTANT_OBJECT_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ASSISTANT_OBJECT_OBJECT_VALUES!r}"
    )
