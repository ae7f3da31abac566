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
from ..models.webhook_fine_tuning_job_cancelled_object import (
    WebhookFineTuningJobCancelledObject,
    check_webhook_fine_tuning_job_cancelled_object,
)
from ..models.webhook_fine_tuning_job_cancelled_type import (
    WebhookFineTuningJobCancelledType,
    check_webhook_fine_tuning_job_cancelled_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.webhook_fine_tuning_job_cancelled_data import (
        WebhookFineTuningJobCancelledData,
    )


@_attrs_define(repr=False)
class WebhookFineTuningJobCancelled(_OpenModel):
    """Webhook event: a cancel request stopped a fine-tuning job."""

    created_at: int

    id: str

    data: WebhookFineTuningJobCancelledData

    type_: WebhookFineTuningJobCancelledType

    object_: WebhookFineTuningJobCancelledObject | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("created_at", "data", "id", "object", "type")
    _tags = {"type": ("fine_tuning.job.cancelled",), "object": ("event",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.webhook_fine_tuning_job_cancelled_data import (
            WebhookFineTuningJobCancelledData,
        )

        return fields(
            ("created_at", "created_at", REQUIRED, None),
            ("id", "id", REQUIRED, None),
            ("data", "data", REQUIRED, WebhookFineTuningJobCancelledData),
            ("type_", "type", REQUIRED, check_webhook_fine_tuning_job_cancelled_type),
            (
                "object_",
                "object",
                OPTIONAL,
                check_webhook_fine_tuning_job_cancelled_object,
            ),
        )
