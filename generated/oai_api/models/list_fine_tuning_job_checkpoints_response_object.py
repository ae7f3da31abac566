from typing import Literal

ListFineTuningJobCheckpointsResponseObject = Literal["list"]

LIST_FINE_TUNING_JOB_CHECKPOINTS_RESPONSE_OBJECT_VALUES: set[
    ListFineTuningJobCheckpointsResponseObject
] = {
    "list",
}


def check_list_fine_tuning_job_checkpoints_response_object(
    value: str,
) -> ListFineTuningJobCheckpointsResponseObject:
    if value in LIST_FINE_TUNING_JOB_CHECKPOINTS_RESPONSE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_FINE_TUNING_JOB_CHECKPOINTS_RESPONSE_OBJECT_VALUES!r}"
    )
