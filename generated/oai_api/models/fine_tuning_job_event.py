from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.fine_tuning_job_event_level import (
    FineTuningJobEventLevel,
    check_fine_tuning_job_event_level,
)
from ..models.fine_tuning_job_event_object import (
    FineTuningJobEventObject,
    check_fine_tuning_job_event_object,
)
from ..models.fine_tuning_job_event_type import (
    FineTuningJobEventType,
    check_fine_tuning_job_event_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.fine_tuning_job_event_data import FineTuningJobEventData


@_attrs_define(repr=False)
class FineTuningJobEvent(_OpenModel):
    """A log entry emitted by a fine-tuning job, such as a progress or status message."""

    object_: FineTuningJobEventObject

    id: str

    created_at: int

    level: FineTuningJobEventLevel

    message: str

    type_: FineTuningJobEventType | None = None

    data: FineTuningJobEventData | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("created_at", "data", "id", "level", "message", "object", "type")
    _tags = {"type": ("message", "metrics"), "object": ("fine_tuning.job.event",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.fine_tuning_job_event_data import FineTuningJobEventData

        return fields(
            ("object_", "object", REQUIRED, check_fine_tuning_job_event_object),
            ("id", "id", REQUIRED, None),
            ("created_at", "created_at", REQUIRED, None),
            ("level", "level", REQUIRED, check_fine_tuning_job_event_level),
            ("message", "message", REQUIRED, None),
            ("type_", "type", OPTIONAL, check_fine_tuning_job_event_type),
            ("data", "data", OPTIONAL, FineTuningJobEventData),
        )
