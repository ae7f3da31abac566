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
from ..models.webhook_realtime_call_incoming_object import (
    WebhookRealtimeCallIncomingObject,
    check_webhook_realtime_call_incoming_object,
)
from ..models.webhook_realtime_call_incoming_type import (
    WebhookRealtimeCallIncomingType,
    check_webhook_realtime_call_incoming_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.webhook_realtime_call_incoming_data import (
        WebhookRealtimeCallIncomingData,
    )


@_attrs_define(repr=False)
class WebhookRealtimeCallIncoming(_OpenModel):
    """Webhook event: an incoming SIP call can be accepted through Realtime; whichever of Realtime or Live accepts first
    handles it."""

    created_at: int

    id: str

    data: WebhookRealtimeCallIncomingData

    type_: WebhookRealtimeCallIncomingType

    object_: WebhookRealtimeCallIncomingObject | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("created_at", "data", "id", "object", "type")
    _tags = {"type": ("realtime.call.incoming",), "object": ("event",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.webhook_realtime_call_incoming_data import (
            WebhookRealtimeCallIncomingData,
        )

        return fields(
            ("created_at", "created_at", REQUIRED, None),
            ("id", "id", REQUIRED, None),
            ("data", "data", REQUIRED, WebhookRealtimeCallIncomingData),
            ("type_", "type", REQUIRED, check_webhook_realtime_call_incoming_type),
            (
                "object_",
                "object",
                OPTIONAL,
                check_webhook_realtime_call_incoming_object,
            ),
        )
