from typing import Literal

ListFineTuningJobEventsResponseObject = Literal["list"]

LIST_FINE_TUNING_JOB_EVENTS_RESPONSE_OBJECT_VALUES: set[
    ListFineTuningJobEventsResponseObject
] = {
    "list",
}


def check_list_fine_tuning_job_events_response_object(
    value: str,
) -> ListFineTuningJobEventsResponseObject:
    if value in LIST_FINE_TUNING_JOB_EVENTS_RESPONSE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_FINE_TUNING_JOB_EVENTS_RESPONSE_OBJECT_VALUES!r}"
    )
