from typing import Literal

RunStepDeltaStepDetailsToolCallsCodeOutputLogsObjectType = Literal["logs"]

RUN_STEP_DELTA_STEP_DETAILS_TOOL_CALLS_CODE_OUTPUT_LOGS_OBJECT_TYPE_VALUES: set[
    RunStepDeltaStepDetailsToolCallsCodeOutputLogsObjectType
] = {
    "logs",
}


def check_run_step_delta_step_details_tool_calls_code_output_logs_object_type(
    value: str,
) -> RunStepDeltaStepDetailsToolCallsCodeOutputLogsObjectType:
    if (
        value
        in RUN_STEP_DELTA_STEP_DETAILS_TOOL_CALLS_CODE_OUTPUT_LOGS_OBJECT_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_STEP_DELTA_STEP_DETAILS_TOOL_CALLS_CODE_OUTPUT_LOGS_OBJECT_TYPE_VALUES!r}"
    )
