from typing import Literal

RunStepStreamEventType0Event = Literal["thread.run.step.created"]

RUN_STEP_STREAM_EVENT_TYPE_0_EVENT_VALUES: set[RunStepStreamEventType0Event] = {
    "thread.run.step.created",
}


def check_run_step_stream_event_type_0_event(
    value: str,
) -> RunStepStreamEventType0Event:
    if value in RUN_STEP_STREAM_EVENT_TYPE_0_EVENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_STEP_STREAM_EVENT_TYPE_0_EVENT_VALUES!r}"
    )
