from typing import Literal

RunStepDeltaObjectObject = Literal["thread.run.step.delta"]

RUN_STEP_DELTA_OBJECT_OBJECT_VALUES: set[RunStepDeltaObjectObject] = {
    "thread.run.step.delta",
}


def check_run_step_delta_object_object(value: str) -> RunStepDeltaObjectObject:
    if value in RUN_STEP_DELTA_OBJECT_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_STEP_DELTA_OBJECT_OBJECT_VALUES!r}"
    )
