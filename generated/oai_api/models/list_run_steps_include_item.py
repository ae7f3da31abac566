from typing import Literal

ListRunStepsIncludeItem = Literal[
    "step_details.tool_calls[*].file_search.results[*].content"
]

LIST_RUN_STEPS_INCLUDE_ITEM_VALUES: set[ListRunStepsIncludeItem] = {
    "step_details.tool_calls[*].file_search.results[*].content",
}


def check_list_run_steps_include_item(value: str) -> ListRunStepsIncludeItem:
    if value in LIST_RUN_STEPS_INCLUDE_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_RUN_STEPS_INCLUDE_ITEM_VALUES!r}"
    )
