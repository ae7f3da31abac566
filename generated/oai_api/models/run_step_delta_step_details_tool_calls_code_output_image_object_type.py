from typing import Literal

RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectType = Literal["image"]

RUN_STEP_DELTA_STEP_DETAILS_TOOL_CALLS_CODE_OUTPUT_IMAGE_OBJECT_TYPE_VALUES: set[
    RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectType
] = {
    "image",
}


def check_run_step_delta_step_details_tool_calls_code_output_image_object_type(
    value: str,
) -> RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectType:
    if (
        value
        in RUN_STEP_DELTA_STEP_DETAILS_TOOL_CALLS_CODE_OUTPUT_IMAGE_OBJECT_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_STEP_DELTA_STEP_DETAILS_TOOL_CALLS_CODE_OUTPUT_IMAGE_OBJECT_TYPE_VALUES!r}"
    )
