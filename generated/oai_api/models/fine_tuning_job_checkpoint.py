from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.fine_tuning_job_checkpoint_object import (
    FineTuningJobCheckpointObject,
    check_fine_tuning_job_checkpoint_object,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.fine_tuning_job_checkpoint_metrics import (
        FineTuningJobCheckpointMetrics,
    )


@_attrs_define(repr=False)
class FineTuningJobCheckpoint(_OpenModel):
    """A saved, usable model snapshot taken at one step of a fine-tuning job, with its metrics."""

    id: str

    created_at: int

    fine_tuned_model_checkpoint: str

    step_number: int

    metrics: FineTuningJobCheckpointMetrics

    fine_tuning_job_id: str

    object_: FineTuningJobCheckpointObject

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "created_at",
        "fine_tuned_model_checkpoint",
        "fine_tuning_job_id",
        "id",
        "metrics",
        "object",
        "step_number",
    )
    _tags = {"object": ("fine_tuning.job.checkpoint",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.fine_tuning_job_checkpoint_metrics import (
            FineTuningJobCheckpointMetrics,
        )

        return fields(
            ("id", "id", REQUIRED, None),
            ("created_at", "created_at", REQUIRED, None),
            (
                "fine_tuned_model_checkpoint",
                "fine_tuned_model_checkpoint",
                REQUIRED,
                None,
            ),
            ("step_number", "step_number", REQUIRED, None),
            ("metrics", "metrics", REQUIRED, FineTuningJobCheckpointMetrics),
            ("fine_tuning_job_id", "fine_tuning_job_id", REQUIRED, None),
            ("object_", "object", REQUIRED, check_fine_tuning_job_checkpoint_object),
        )
