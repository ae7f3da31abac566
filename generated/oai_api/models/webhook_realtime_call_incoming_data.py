from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.webhook_realtime_call_incoming_data_sip_headers_item import (
        WebhookRealtimeCallIncomingDataSipHeadersItem,
    )


T = TypeVar("T", bound="WebhookRealtimeCallIncomingData")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, WebhookRealtimeCallIncomingDataSipHeadersItem
    from ..models.webhook_realtime_call_incoming_data_sip_headers_item import (
        WebhookRealtimeCallIncomingDataSipHeadersItem,
    )

    _models_bound = True


@_attrs_define
class WebhookRealtimeCallIncomingData:
    call_id: str
    sip_headers: list[WebhookRealtimeCallIncomingDataSipHeadersItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_call_id = (
            self.call_id
            if self.call_id is not None or "call_id" not in self._none_flips
            else UNSET
        )

        call_id = _v_call_id

        _v_sip_headers = (
            self.sip_headers
            if self.sip_headers is not None or "sip_headers" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_sip_headers, list):
            sip_headers = _v_sip_headers
        else:
            sip_headers = []
            for sip_headers_item_data in _v_sip_headers:
                if not isinstance(
                    sip_headers_item_data, WebhookRealtimeCallIncomingDataSipHeadersItem
                ):
                    sip_headers.append(sip_headers_item_data)
                    continue
                sip_headers_item = sip_headers_item_data.to_dict()
                sip_headers.append(sip_headers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "call_id": call_id,
                    "sip_headers": sip_headers,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        call_id = d.pop("call_id", UNSET)
        if (call_id is None or isinstance(call_id, Unset)) and strict_parsing.get():
            raise KeyError("call_id")

        if call_id is None or call_id is UNSET:
            if call_id is UNSET:
                _none_flips += ("call_id",)
            call_id = None

        _sip_headers_raw = d.pop("sip_headers", UNSET)
        if _sip_headers_raw is None or isinstance(_sip_headers_raw, Unset):
            if strict_parsing.get():
                raise KeyError("sip_headers")

            if _sip_headers_raw is UNSET:
                _none_flips += ("sip_headers",)
            sip_headers = None

        else:
            try:
                sip_headers = []
                _sip_headers = _sip_headers_raw
                if not isinstance(_sip_headers, list):
                    raise TypeError()
                for sip_headers_item_data in _sip_headers:
                    sip_headers_item = (
                        WebhookRealtimeCallIncomingDataSipHeadersItem.from_dict(
                            sip_headers_item_data
                        )
                    )

                    sip_headers.append(sip_headers_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                sip_headers = _sip_headers_raw

        webhook_realtime_call_incoming_data = cls(
            call_id=call_id,
            sip_headers=sip_headers,
        )
        if _none_flips:
            webhook_realtime_call_incoming_data._none_flips = _none_flips

        webhook_realtime_call_incoming_data.additional_properties = d
        return webhook_realtime_call_incoming_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
