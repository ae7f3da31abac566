from typing import Literal

RunStepDeltaStepDetailsToolCallsCodeObjectType = Literal["code_interpreter"]

RUN_STEP_DELTA_STEP_DETAILS_TOOL_CALLS_CODE_OBJECT_TYPE_VALUES: set[
    RunStepDeltaStepDetailsToolCallsCodeObjectType
] = {
    "code_interpreter",
}


def check_run_step_delta_step_details_tool_calls_code_object_type(
    value: str,
) -> RunStepDeltaStepDetailsToolCallsCodeObjectType:
    if value in RUN_STEP_DELTA_STEP_DETAILS_TOOL_CALLS_CODE_OBJECT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_STEP_DELTA_STEP_DETAILS_TOOL_CALLS_CODE_OBJECT_TYPE_VALUES!r}"
    )
