from typing import Literal

AssistantsNamedToolChoiceType = Literal["code_interpreter", "file_search", "function"]

ASSISTANTS_NAMED_TOOL_CHOICE_TYPE_VALUES: set[AssistantsNamedToolChoiceType] = {
    "code_interpreter",
    "file_search",
    "function",
}


def check_assistants_named_tool_choice_type(
    value: str,
) -> AssistantsNamedToolChoiceType:
    if value in ASSISTANTS_NAMED_TOOL_CHOICE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ASSISTANTS_NAMED_TOOL_CHOICE_TYPE_VALUES!r}"
    )
