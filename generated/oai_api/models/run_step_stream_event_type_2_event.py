from typing import Literal

RunStepStreamEventType2Event = Literal["thread.run.step.delta"]

RUN_STEP_STREAM_EVENT_TYPE_2_EVENT_VALUES: set[RunStepStreamEventType2Event] = {
    "thread.run.step.delta",
}


def check_run_step_stream_event_type_2_event(
    value: str,
) -> RunStepStreamEventType2Event:
    if value in RUN_STEP_STREAM_EVENT_TYPE_2_EVENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_STEP_STREAM_EVENT_TYPE_2_EVENT_VALUES!r}"
    )
