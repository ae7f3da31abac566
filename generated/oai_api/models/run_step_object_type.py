from typing import Literal

RunStepObjectType = Literal["message_creation", "tool_calls"]

RUN_STEP_OBJECT_TYPE_VALUES: set[RunStepObjectType] = {
    "message_creation",
    "tool_calls",
}


def check_run_step_object_type(value: str) -> RunStepObjectType:
    if value in RUN_STEP_OBJECT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_STEP_OBJECT_TYPE_VALUES!r}"
    )
