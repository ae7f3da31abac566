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
from ..models.webhook_response_failed_object import (
    WebhookResponseFailedObject,
    check_webhook_response_failed_object,
)
from ..models.webhook_response_failed_type import (
    WebhookResponseFailedType,
    check_webhook_response_failed_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.webhook_response_failed_data import WebhookResponseFailedData


@_attrs_define(repr=False)
class WebhookResponseFailed(_OpenModel):
    """Webhook event: a background response stopped with an error."""

    created_at: int

    id: str

    data: WebhookResponseFailedData

    type_: WebhookResponseFailedType

    object_: WebhookResponseFailedObject | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("created_at", "data", "id", "object", "type")
    _tags = {"type": ("response.failed",), "object": ("event",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.webhook_response_failed_data import WebhookResponseFailedData

        return fields(
            ("created_at", "created_at", REQUIRED, None),
            ("id", "id", REQUIRED, None),
            ("data", "data", REQUIRED, WebhookResponseFailedData),
            ("type_", "type", REQUIRED, check_webhook_response_failed_type),
            ("object_", "object", OPTIONAL, check_webhook_response_failed_object),
        )
