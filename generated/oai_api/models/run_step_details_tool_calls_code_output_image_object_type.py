from typing import Literal

RunStepDetailsToolCallsCodeOutputImageObjectType = Literal["image"]

RUN_STEP_DETAILS_TOOL_CALLS_CODE_OUTPUT_IMAGE_OBJECT_TYPE_VALUES: set[
    RunStepDetailsToolCallsCodeOutputImageObjectType
] = {
    "image",
}


def check_run_step_details_tool_calls_code_output_image_object_type(
    value: str,
) -> RunStepDetailsToolCallsCodeOutputImageObjectType:
    if value in RUN_STEP_DETAILS_TOOL_CALLS_CODE_OUTPUT_IMAGE_OBJECT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_STEP_DETAILS_TOOL_CALLS_CODE_OUTPUT_IMAGE_OBJECT_TYPE_VALUES!r}"
    )
