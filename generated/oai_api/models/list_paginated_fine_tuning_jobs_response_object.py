from typing import Literal

ListPaginatedFineTuningJobsResponseObject = Literal["list"]

LIST_PAGINATED_FINE_TUNING_JOBS_RESPONSE_OBJECT_VALUES: set[
    ListPaginatedFineTuningJobsResponseObject
] = {
    "list",
}


def check_list_paginated_fine_tuning_jobs_response_object(
    value: str,
) -> ListPaginatedFineTuningJobsResponseObject:
    if value in LIST_PAGINATED_FINE_TUNING_JOBS_RESPONSE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PAGINATED_FINE_TUNING_JOBS_RESPONSE_OBJECT_VALUES!r}"
    )
