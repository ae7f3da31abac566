from typing import Literal

RunStepObjectObject = Literal["thread.run.step"]

RUN_STEP_OBJECT_OBJECT_VALUES: set[RunStepObjectObject] = {
    "thread.run.step",
}


def check_run_step_object_object(value: str) -> RunStepObjectObject:
    if value in RUN_STEP_OBJECT_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_STEP_OBJECT_OBJECT_VALUES!r}"
    )
