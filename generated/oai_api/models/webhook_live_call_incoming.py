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
from ..models.webhook_live_call_incoming_object import (
    WebhookLiveCallIncomingObject,
    check_webhook_live_call_incoming_object,
)
from ..models.webhook_live_call_incoming_type import (
    WebhookLiveCallIncomingType,
    check_webhook_live_call_incoming_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.webhook_live_call_incoming_data import WebhookLiveCallIncomingData


@_attrs_define(repr=False)
class WebhookLiveCallIncoming(_OpenModel):
    """Webhook event: an incoming SIP call can be accepted through Live; whichever of Live or Realtime accepts first
    handles it."""

    created_at: int

    id: str

    data: WebhookLiveCallIncomingData

    type_: WebhookLiveCallIncomingType

    object_: WebhookLiveCallIncomingObject | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("created_at", "data", "id", "object", "type")
    _tags = {"type": ("live.call.incoming",), "object": ("event",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.webhook_live_call_incoming_data import WebhookLiveCallIncomingData

        return fields(
            ("created_at", "created_at", REQUIRED, None),
            ("id", "id", REQUIRED, None),
            ("data", "data", REQUIRED, WebhookLiveCallIncomingData),
            ("type_", "type", REQUIRED, check_webhook_live_call_incoming_type),
            ("object_", "object", OPTIONAL, check_webhook_live_call_incoming_object),
        )
