from typing import Literal

RunStepDetailsToolCallsFunctionObjectType = Literal["function"]

RUN_STEP_DETAILS_TOOL_CALLS_FUNCTION_OBJECT_TYPE_VALUES: set[
    RunStepDetailsToolCallsFunctionObjectType
] = {
    "function",
}


def check_run_step_details_tool_calls_function_object_type(
    value: str,
) -> RunStepDetailsToolCallsFunctionObjectType:
    if value in RUN_STEP_DETAILS_TOOL_CALLS_FUNCTION_OBJECT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_STEP_DETAILS_TOOL_CALLS_FUNCTION_OBJECT_TYPE_VALUES!r}"
    )
