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
from ..models.webhook_batch_completed_object import (
    WebhookBatchCompletedObject,
    check_webhook_batch_completed_object,
)
from ..models.webhook_batch_completed_type import (
    WebhookBatchCompletedType,
    check_webhook_batch_completed_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.webhook_batch_completed_data import WebhookBatchCompletedData


@_attrs_define(repr=False)
class WebhookBatchCompleted(_OpenModel):
    """Webhook event: a batch finished."""

    created_at: int

    id: str

    data: WebhookBatchCompletedData

    type_: WebhookBatchCompletedType

    object_: WebhookBatchCompletedObject | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("created_at", "data", "id", "object", "type")
    _tags = {"type": ("batch.completed",), "object": ("event",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.webhook_batch_completed_data import WebhookBatchCompletedData

        return fields(
            ("created_at", "created_at", REQUIRED, None),
            ("id", "id", REQUIRED, None),
            ("data", "data", REQUIRED, WebhookBatchCompletedData),
            ("type_", "type", REQUIRED, check_webhook_batch_completed_type),
            ("object_", "object", OPTIONAL, check_webhook_batch_completed_object),
        )
