from typing import Literal

RunStepStreamEventType6Event = Literal["thread.run.step.expired"]

RUN_STEP_STREAM_EVENT_TYPE_6_EVENT_VALUES: set[RunStepStreamEventType6Event] = {
    "thread.run.step.expired",
}


def check_run_step_stream_event_type_6_event(
    value: str,
) -> RunStepStreamEventType6Event:
    if value in RUN_STEP_STREAM_EVENT_TYPE_6_EVENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_STEP_STREAM_EVENT_TYPE_6_EVENT_VALUES!r}"
    )
