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
from ..models.webhook_fine_tuning_job_failed_object import (
    WebhookFineTuningJobFailedObject,
    check_webhook_fine_tuning_job_failed_object,
)
from ..models.webhook_fine_tuning_job_failed_type import (
    WebhookFineTuningJobFailedType,
    check_webhook_fine_tuning_job_failed_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.webhook_fine_tuning_job_failed_data import (
        WebhookFineTuningJobFailedData,
    )


@_attrs_define(repr=False)
class WebhookFineTuningJobFailed(_OpenModel):
    """Webhook event: a fine-tuning job failed."""

    created_at: int

    id: str

    data: WebhookFineTuningJobFailedData

    type_: WebhookFineTuningJobFailedType

    object_: WebhookFineTuningJobFailedObject | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("created_at", "data", "id", "object", "type")
    _tags = {"type": ("fine_tuning.job.failed",), "object": ("event",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.webhook_fine_tuning_job_failed_data import (
            WebhookFineTuningJobFailedData,
        )

        return fields(
            ("created_at", "created_at", REQUIRED, None),
            ("id", "id", REQUIRED, None),
            ("data", "data", REQUIRED, WebhookFineTuningJobFailedData),
            ("type_", "type", REQUIRED, check_webhook_fine_tuning_job_failed_type),
            (
                "object_",
                "object",
                OPTIONAL,
                check_webhook_fine_tuning_job_failed_object,
            ),
        )
