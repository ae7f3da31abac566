from typing import Literal

GetRunStepIncludeItem = Literal[
    "step_details.tool_calls[*].file_search.results[*].content"
]

GET_RUN_STEP_INCLUDE_ITEM_VALUES: set[GetRunStepIncludeItem] = {
    "step_details.tool_calls[*].file_search.results[*].content",
}


def check_get_run_step_include_item(value: str) -> GetRunStepIncludeItem:
    if value in GET_RUN_STEP_INCLUDE_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_RUN_STEP_INCLUDE_ITEM_VALUES!r}"
    )
