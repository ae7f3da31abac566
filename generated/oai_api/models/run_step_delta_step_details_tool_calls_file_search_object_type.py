from typing import Literal

RunStepDeltaStepDetailsToolCallsFileSearchObjectType = Literal["file_search"]

RUN_STEP_DELTA_STEP_DETAILS_TOOL_CALLS_FILE_SEARCH_OBJECT_TYPE_VALUES: set[
    RunStepDeltaStepDetailsToolCallsFileSearchObjectType
] = {
    "file_search",
}


def check_run_step_delta_step_details_tool_calls_file_search_object_type(
    value: str,
) -> RunStepDeltaStepDetailsToolCallsFileSearchObjectType:
    if value in RUN_STEP_DELTA_STEP_DETAILS_TOOL_CALLS_FILE_SEARCH_OBJECT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_STEP_DELTA_STEP_DETAILS_TOOL_CALLS_FILE_SEARCH_OBJECT_TYPE_VALUES!r}"
    )
