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
from ..models.webhook_batch_failed_object import (
    WebhookBatchFailedObject,
    check_webhook_batch_failed_object,
)
from ..models.webhook_batch_failed_type import (
    WebhookBatchFailedType,
    check_webhook_batch_failed_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.webhook_batch_failed_data import WebhookBatchFailedData


@_attrs_define(repr=False)
class WebhookBatchFailed(_OpenModel):
    """Webhook event: a batch failed."""

    created_at: int

    id: str

    data: WebhookBatchFailedData

    type_: WebhookBatchFailedType

    object_: WebhookBatchFailedObject | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("created_at", "data", "id", "object", "type")
    _tags = {"type": ("batch.failed",), "object": ("event",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.webhook_batch_failed_data import WebhookBatchFailedData

        return fields(
            ("created_at", "created_at", REQUIRED, None),
            ("id", "id", REQUIRED, None),
            ("data", "data", REQUIRED, WebhookBatchFailedData),
            ("type_", "type", REQUIRED, check_webhook_batch_failed_type),
            ("object_", "object", OPTIONAL, check_webhook_batch_failed_object),
        )
