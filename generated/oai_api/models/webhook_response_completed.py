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
from ..models.webhook_response_completed_object import (
    WebhookResponseCompletedObject,
    check_webhook_response_completed_object,
)
from ..models.webhook_response_completed_type import (
    WebhookResponseCompletedType,
    check_webhook_response_completed_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.webhook_response_completed_data import WebhookResponseCompletedData


@_attrs_define(repr=False)
class WebhookResponseCompleted(_OpenModel):
    """Webhook event fired once a background response finishes successfully."""

    created_at: int

    id: str

    data: WebhookResponseCompletedData

    type_: WebhookResponseCompletedType

    object_: WebhookResponseCompletedObject | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("created_at", "data", "id", "object", "type")
    _tags = {"type": ("response.completed",), "object": ("event",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.webhook_response_completed_data import (
            WebhookResponseCompletedData,
        )

        return fields(
            ("created_at", "created_at", REQUIRED, None),
            ("id", "id", REQUIRED, None),
            ("data", "data", REQUIRED, WebhookResponseCompletedData),
            ("type_", "type", REQUIRED, check_webhook_response_completed_type),
            ("object_", "object", OPTIONAL, check_webhook_response_completed_object),
        )
