from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
    list_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.webhook_realtime_call_incoming_data_sip_headers_item import (
        WebhookRealtimeCallIncomingDataSipHeadersItem,
    )


@_attrs_define(repr=False)
class WebhookRealtimeCallIncomingData(_OpenModel):
    call_id: str

    sip_headers: list[WebhookRealtimeCallIncomingDataSipHeadersItem]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("call_id", "sip_headers")

    @staticmethod
    def _fields() -> Table:
        from ..models.webhook_realtime_call_incoming_data_sip_headers_item import (
            WebhookRealtimeCallIncomingDataSipHeadersItem,
        )

        return fields(
            ("call_id", "call_id", REQUIRED, None),
            (
                "sip_headers",
                "sip_headers",
                REQUIRED,
                list_of(WebhookRealtimeCallIncomingDataSipHeadersItem),
            ),
        )
