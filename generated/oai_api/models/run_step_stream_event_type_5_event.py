from typing import Literal

RunStepStreamEventType5Event = Literal["thread.run.step.cancelled"]

RUN_STEP_STREAM_EVENT_TYPE_5_EVENT_VALUES: set[RunStepStreamEventType5Event] = {
    "thread.run.step.cancelled",
}


def check_run_step_stream_event_type_5_event(
    value: str,
) -> RunStepStreamEventType5Event:
    if value in RUN_STEP_STREAM_EVENT_TYPE_5_EVENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_STEP_STREAM_EVENT_TYPE_5_EVENT_VALUES!r}"
    )
