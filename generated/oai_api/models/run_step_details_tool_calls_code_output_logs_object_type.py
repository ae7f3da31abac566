from typing import Literal

RunStepDetailsToolCallsCodeOutputLogsObjectType = Literal["logs"]

RUN_STEP_DETAILS_TOOL_CALLS_CODE_OUTPUT_LOGS_OBJECT_TYPE_VALUES: set[
    RunStepDetailsToolCallsCodeOutputLogsObjectType
] = {
    "logs",
}


def check_run_step_details_tool_calls_code_output_logs_object_type(
    value: str,
) -> RunStepDetailsToolCallsCodeOutputLogsObjectType:
    if value in RUN_STEP_DETAILS_TOOL_CALLS_CODE_OUTPUT_LOGS_OBJECT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_STEP_DETAILS_TOOL_CALLS_CODE_OUTPUT_LOGS_OBJECT_TYPE_VALUES!r}"
    )
