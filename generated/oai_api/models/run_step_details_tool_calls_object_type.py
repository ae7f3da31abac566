from typing import Literal

RunStepDetailsToolCallsObjectType = Literal["tool_calls"]

RUN_STEP_DETAILS_TOOL_CALLS_OBJECT_TYPE_VALUES: set[
    RunStepDetailsToolCallsObjectType
] = {
    "tool_calls",
}


def check_run_step_details_tool_calls_object_type(
    value: str,
) -> RunStepDetailsToolCallsObjectType:
    if value in RUN_STEP_DETAILS_TOOL_CALLS_OBJECT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_STEP_DETAILS_TOOL_CALLS_OBJECT_TYPE_VALUES!r}"
    )
