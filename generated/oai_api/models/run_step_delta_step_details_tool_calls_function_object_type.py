from typing import Literal

RunStepDeltaStepDetailsToolCallsFunctionObjectType = Literal["function"]

RUN_STEP_DELTA_STEP_DETAILS_TOOL_CALLS_FUNCTION_OBJECT_TYPE_VALUES: set[
    RunStepDeltaStepDetailsToolCallsFunctionObjectType
] = {
    "function",
}


def check_run_step_delta_step_details_tool_calls_function_object_type(
    value: str,
) -> RunStepDeltaStepDetailsToolCallsFunctionObjectType:
    if value in RUN_STEP_DELTA_STEP_DETAILS_TOOL_CALLS_FUNCTION_OBJECT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_STEP_DELTA_STEP_DETAILS_TOOL_CALLS_FUNCTION_OBJECT_TYPE_VALUES!r}"
    )
