from typing import Literal

BetaToolChoiceTypesType = Literal[
    "code_interpreter",
    "computer",
    "computer_use",
    "computer_use_preview",
    "file_search",
    "image_generation",
    "web_search_preview",
    "web_search_preview_2025_03_11",
]

BETA_TOOL_CHOICE_TYPES_TYPE_VALUES: set[BetaToolChoiceTypesType] = {
    "code_interpreter",
    "computer",
    "computer_use",
    "computer_use_preview",
    "file_search",
    "image_generation",
    "web_search_preview",
    "web_search_preview_2025_03_11",
}


def check_beta_tool_choice_types_type(value: str) -> BetaToolChoiceTypesType:
    if value in BETA_TOOL_CHOICE_TYPES_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_TOOL_CHOICE_TYPES_TYPE_VALUES!r}"
    )
