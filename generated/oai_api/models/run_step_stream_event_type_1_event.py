from typing import Literal

RunStepStreamEventType1Event = Literal["thread.run.step.in_progress"]

RUN_STEP_STREAM_EVENT_TYPE_1_EVENT_VALUES: set[RunStepStreamEventType1Event] = {
    "thread.run.step.in_progress",
}


def check_run_step_stream_event_type_1_event(
    value: str,
) -> RunStepStreamEventType1Event:
    if value in RUN_STEP_STREAM_EVENT_TYPE_1_EVENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_STEP_STREAM_EVENT_TYPE_1_EVENT_VALUES!r}"
    )
