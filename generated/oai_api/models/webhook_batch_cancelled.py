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
from ..models.webhook_batch_cancelled_object import (
    WebhookBatchCancelledObject,
    check_webhook_batch_cancelled_object,
)
from ..models.webhook_batch_cancelled_type import (
    WebhookBatchCancelledType,
    check_webhook_batch_cancelled_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.webhook_batch_cancelled_data import WebhookBatchCancelledData


@_attrs_define(repr=False)
class WebhookBatchCancelled(_OpenModel):
    """Webhook event: a batch was cancelled."""

    created_at: int

    id: str

    data: WebhookBatchCancelledData

    type_: WebhookBatchCancelledType

    object_: WebhookBatchCancelledObject | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("created_at", "data", "id", "object", "type")
    _tags = {"type": ("batch.cancelled",), "object": ("event",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.webhook_batch_cancelled_data import WebhookBatchCancelledData

        return fields(
            ("created_at", "created_at", REQUIRED, None),
            ("id", "id", REQUIRED, None),
            ("data", "data", REQUIRED, WebhookBatchCancelledData),
            ("type_", "type", REQUIRED, check_webhook_batch_cancelled_type),
            ("object_", "object", OPTIONAL, check_webhook_batch_cancelled_object),
        )
