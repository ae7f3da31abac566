from typing import Literal

AssistantsApiToolChoiceOptionType0 = Literal["auto", "none", "required"]

ASSISTANTS_API_TOOL_CHOICE_OPTION_TYPE_0_VALUES: set[
    AssistantsApiToolChoiceOptionType0
] = {
    "auto",
    "none",
    "required",
}


def check_assistants_api_tool_choice_option_type_0(
    value: str,
) -> AssistantsApiToolChoiceOptionType0:
    if value in ASSISTANTS_API_TOOL_CHOICE_OPTION_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ASSISTANTS_API_TOOL_CHOICE_OPTION_TYPE_0_VALUES!r}"
    )
