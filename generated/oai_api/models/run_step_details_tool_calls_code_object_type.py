from typing import Literal

RunStepDetailsToolCallsCodeObjectType = Literal["code_interpreter"]

RUN_STEP_DETAILS_TOOL_CALLS_CODE_OBJECT_TYPE_VALUES: set[
    RunStepDetailsToolCallsCodeObjectType
] = {
    "code_interpreter",
}


def check_run_step_details_tool_calls_code_object_type(
    value: str,
) -> RunStepDetailsToolCallsCodeObjectType:
    if value in RUN_STEP_DETAILS_TOOL_CALLS_CODE_OBJECT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_STEP_DETAILS_TOOL_CALLS_CODE_OBJECT_TYPE_VALUES!r}"
    )
