from typing import Literal

DeleteFineTuningCheckpointPermissionResponseObject = Literal["checkpoint.permission"]

DELETE_FINE_TUNING_CHECKPOINT_PERMISSION_RESPONSE_OBJECT_VALUES: set[
    DeleteFineTuningCheckpointPermissionResponseObject
] = {
    "checkpoint.permission",
}


def check_delete_fine_tuning_checkpoint_permission_response_object(
    value: str,
) -> DeleteFineTuningCheckpointPermissionResponseObject:
    if value in DELETE_FINE_TUNING_CHECKPOINT_PERMISSION_RESPONSE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_FINE_TUNING_CHECKPOINT_PERMISSION_RESPONSE_OBJECT_VALUES!r}"
    )
