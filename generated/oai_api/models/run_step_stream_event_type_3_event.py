from typing import Literal

RunStepStreamEventType3Event = Literal["thread.run.step.completed"]

RUN_STEP_STREAM_EVENT_TYPE_3_EVENT_VALUES: set[RunStepStreamEventType3Event] = {
    "thread.run.step.completed",
}


def check_run_step_stream_event_type_3_event(
    value: str,
) -> RunStepStreamEventType3Event:
    if value in RUN_STEP_STREAM_EVENT_TYPE_3_EVENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_STEP_STREAM_EVENT_TYPE_3_EVENT_VALUES!r}"
    )
