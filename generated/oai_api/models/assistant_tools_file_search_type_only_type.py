from typing import Literal

AssistantToolsFileSearchTypeOnlyType = Literal["file_search"]

ASSISTANT_TOOLS_FILE_SEARCH_TYPE_ONLY_TYPE_VALUES: set[
    AssistantToolsFileSearchTypeOnlyType
] = {
    "file_search",
}


def check_assistant_tools_file_search_type_only_type(
    value: str,
) -> AssistantToolsFileSearchTypeOnlyType:
    if value in ASSISTANT_TOOLS_FILE_SEARCH_TYPE_ONLY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ASSISTANT_TOOLS_FILE_SEARCH_TYPE_ONLY_TYPE_VALUES!r}"
    )
