from typing import Literal

RunStepStreamEventType4Event = Literal["thread.run.step.failed"]

RUN_STEP_STREAM_EVENT_TYPE_4_EVENT_VALUES: set[RunStepStreamEventType4Event] = {
    "thread.run.step.failed",
}


def check_run_step_stream_event_type_4_event(
    value: str,
) -> RunStepStreamEventType4Event:
    if value in RUN_STEP_STREAM_EVENT_TYPE_4_EVENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_STEP_STREAM_EVENT_TYPE_4_EVENT_VALUES!r}"
    )
