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
from ..models.webhook_batch_expired_object import (
    WebhookBatchExpiredObject,
    check_webhook_batch_expired_object,
)
from ..models.webhook_batch_expired_type import (
    WebhookBatchExpiredType,
    check_webhook_batch_expired_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.webhook_batch_expired_data import WebhookBatchExpiredData


@_attrs_define(repr=False)
class WebhookBatchExpired(_OpenModel):
    """Webhook event: a batch expired before finishing."""

    created_at: int

    id: str

    data: WebhookBatchExpiredData

    type_: WebhookBatchExpiredType

    object_: WebhookBatchExpiredObject | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("created_at", "data", "id", "object", "type")
    _tags = {"type": ("batch.expired",), "object": ("event",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.webhook_batch_expired_data import WebhookBatchExpiredData

        return fields(
            ("created_at", "created_at", REQUIRED, None),
            ("id", "id", REQUIRED, None),
            ("data", "data", REQUIRED, WebhookBatchExpiredData),
            ("type_", "type", REQUIRED, check_webhook_batch_expired_type),
            ("object_", "object", OPTIONAL, check_webhook_batch_expired_object),
        )
