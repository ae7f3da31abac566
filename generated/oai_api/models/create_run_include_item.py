from typing import Literal

CreateRunIncludeItem = Literal[
    "step_details.tool_calls[*].file_search.results[*].content"
]

CREATE_RUN_INCLUDE_ITEM_VALUES: set[CreateRunIncludeItem] = {
    "step_details.tool_calls[*].file_search.results[*].content",
}


def check_create_run_include_item(value: str) -> CreateRunIncludeItem:
    if value in CREATE_RUN_INCLUDE_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_RUN_INCLUDE_ITEM_VALUES!r}"
    )
