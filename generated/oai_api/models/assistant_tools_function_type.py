from typing import Literal

AssistantToolsFunctionType = Literal["function"]

ASSISTANT_TOOLS_FUNCTION_TYPE_VALUES: set[AssistantToolsFunctionType] = {
    "function",
}


def check_assistant_tools_function_type(value: str) -> AssistantToolsFunctionType:
    if value in ASSISTANT_TOOLS_FUNCTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ASSISTANT_TOOLS_FUNCTION_TYPE_VALUES!r}"
    )
