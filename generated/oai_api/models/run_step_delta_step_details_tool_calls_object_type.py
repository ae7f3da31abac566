from typing import Literal

RunStepDeltaStepDetailsToolCallsObjectType = Literal["tool_calls"]

RUN_STEP_DELTA_STEP_DETAILS_TOOL_CALLS_OBJECT_TYPE_VALUES: set[
    RunStepDeltaStepDetailsToolCallsObjectType
] = {
    "tool_calls",
}


def check_run_step_delta_step_details_tool_calls_object_type(
    value: str,
) -> RunStepDeltaStepDetailsToolCallsObjectType:
    if value in RUN_STEP_DELTA_STEP_DETAILS_TOOL_CALLS_OBJECT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_STEP_DELTA_STEP_DETAILS_TOOL_CALLS_OBJECT_TYPE_VALUES!r}"
    )
