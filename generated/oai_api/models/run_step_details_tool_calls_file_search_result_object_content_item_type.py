from typing import Literal

RunStepDetailsToolCallsFileSearchResultObjectContentItemType = Literal["text"]

RUN_STEP_DETAILS_TOOL_CALLS_FILE_SEARCH_RESULT_OBJECT_CONTENT_ITEM_TYPE_VALUES: set[
    RunStepDetailsToolCallsFileSearchResultObjectContentItemType
] = {
    "text",
}


def check_run_step_details_tool_calls_file_search_result_object_content_item_type(
    value: str,
) -> RunStepDetailsToolCallsFileSearchResultObjectContentItemType:
    if (
        value
        in RUN_STEP_DETAILS_TOOL_CALLS_FILE_SEARCH_RESULT_OBJECT_CONTENT_ITEM_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_STEP_DETAILS_TOOL_CALLS_FILE_SEARCH_RESULT_OBJECT_CONTENT_ITEM_TYPE_VALUES!r}"
    )
