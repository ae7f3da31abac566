from typing import Literal

ListFineTuningCheckpointPermissionResponseObject = Literal["list"]

LIST_FINE_TUNING_CHECKPOINT_PERMISSION_RESPONSE_OBJECT_VALUES: set[
    ListFineTuningCheckpointPermissionResponseObject
] = {
    "list",
}


def check_list_fine_tuning_checkpoint_permission_response_object(
    value: str,
) -> ListFineTuningCheckpointPermissionResponseObject:
    if value in LIST_FINE_TUNING_CHECKPOINT_PERMISSION_RESPONSE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_FINE_TUNING_CHECKPOINT_PERMISSION_RESPONSE_OBJECT_VALUES!r}"
    )
