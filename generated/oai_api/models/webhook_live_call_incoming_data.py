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
    from ..models.webhook_live_call_incoming_data_sip_headers_item import (
        WebhookLiveCallIncomingDataSipHeadersItem,
    )


@_attrs_define(repr=False)
class WebhookLiveCallIncomingData(_OpenModel):
    session_id: str

    sip_headers: list[WebhookLiveCallIncomingDataSipHeadersItem]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("session_id", "sip_headers")

    @staticmethod
    def _fields() -> Table:
        from ..models.webhook_live_call_incoming_data_sip_headers_item import (
            WebhookLiveCallIncomingDataSipHeadersItem,
        )

        return fields(
            ("session_id", "session_id", REQUIRED, None),
            (
                "sip_headers",
                "sip_headers",
                REQUIRED,
                list_of(WebhookLiveCallIncomingDataSipHeadersItem),
            ),
        )
