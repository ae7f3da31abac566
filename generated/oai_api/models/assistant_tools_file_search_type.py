from typing import Literal

AssistantToolsFileSearchType = Literal["file_search"]

ASSISTANT_TOOLS_FILE_SEARCH_TYPE_VALUES: set[AssistantToolsFileSearchType] = {
    "file_search",
}


def check_assistant_tools_file_search_type(value: str) -> AssistantToolsFileSearchType:
    if value in ASSISTANT_TOOLS_FILE_SEARCH_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ASSISTANT_TOOLS_FILE_SEARCH_TYPE_VALUES!r}"
    )
