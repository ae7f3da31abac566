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
from ..models.webhook_response_cancelled_object import (
    WebhookResponseCancelledObject,
    check_webhook_response_cancelled_object,
)
from ..models.webhook_response_cancelled_type import (
    WebhookResponseCancelledType,
    check_webhook_response_cancelled_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.webhook_response_cancelled_data import WebhookResponseCancelledData


@_attrs_define(repr=False)
class WebhookResponseCancelled(_OpenModel):
    """Webhook event: somebody cancelled a background response before it finished."""

    created_at: int

    id: str

    data: WebhookResponseCancelledData

    type_: WebhookResponseCancelledType

    object_: WebhookResponseCancelledObject | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("created_at", "data", "id", "object", "type")
    _tags = {"type": ("response.cancelled",), "object": ("event",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.webhook_response_cancelled_data import (
            WebhookResponseCancelledData,
        )

        return fields(
            ("created_at", "created_at", REQUIRED, None),
            ("id", "id", REQUIRED, None),
            ("data", "data", REQUIRED, WebhookResponseCancelledData),
            ("type_", "type", REQUIRED, check_webhook_response_cancelled_type),
            ("object_", "object", OPTIONAL, check_webhook_response_cancelled_object),
        )
