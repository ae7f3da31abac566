from typing import Literal

RunStepDetailsToolCallsFileSearchObjectType = Literal["file_search"]

RUN_STEP_DETAILS_TOOL_CALLS_FILE_SEARCH_OBJECT_TYPE_VALUES: set[
    RunStepDetailsToolCallsFileSearchObjectType
] = {
    "file_search",
}


def check_run_step_details_tool_calls_file_search_object_type(
    value: str,
) -> RunStepDetailsToolCallsFileSearchObjectType:
    if value in RUN_STEP_DETAILS_TOOL_CALLS_FILE_SEARCH_OBJECT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_STEP_DETAILS_TOOL_CALLS_FILE_SEARCH_OBJECT_TYPE_VALUES!r}"
    )
