from typing import Literal

FineTuningCheckpointPermissionObject = Literal["checkpoint.permission"]

FINE_TUNING_CHECKPOINT_PERMISSION_OBJECT_VALUES: set[
    FineTuningCheckpointPermissionObject
] = {
    "checkpoint.permission",
}


def check_fine_tuning_checkpoint_permission_object(
    value: str,
) -> FineTuningCheckpointPermissionObject:
    if value in FINE_TUNING_CHECKPOINT_PERMISSION_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FINE_TUNING_CHECKPOINT_PERMISSION_OBJECT_VALUES!r}"
    )
