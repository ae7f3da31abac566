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
from ..models.webhook_fine_tuning_job_succeeded_object import (
    WebhookFineTuningJobSucceededObject,
    check_webhook_fine_tuning_job_succeeded_object,
)
from ..models.webhook_fine_tuning_job_succeeded_type import (
    WebhookFineTuningJobSucceededType,
    check_webhook_fine_tuning_job_succeeded_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.webhook_fine_tuning_job_succeeded_data import (
        WebhookFineTuningJobSucceededData,
    )


@_attrs_define(repr=False)
class WebhookFineTuningJobSucceeded(_OpenModel):
    """Webhook event fired after a fine-tuning job completes successfully."""

    created_at: int

    id: str

    data: WebhookFineTuningJobSucceededData

    type_: WebhookFineTuningJobSucceededType

    object_: WebhookFineTuningJobSucceededObject | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("created_at", "data", "id", "object", "type")
    _tags = {"type": ("fine_tuning.job.succeeded",), "object": ("event",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.webhook_fine_tuning_job_succeeded_data import (
            WebhookFineTuningJobSucceededData,
        )

        return fields(
            ("created_at", "created_at", REQUIRED, None),
            ("id", "id", REQUIRED, None),
            ("data", "data", REQUIRED, WebhookFineTuningJobSucceededData),
            ("type_", "type", REQUIRED, check_webhook_fine_tuning_job_succeeded_type),
            (
                "object_",
                "object",
                OPTIONAL,
                check_webhook_fine_tuning_job_succeeded_object,
            ),
        )
