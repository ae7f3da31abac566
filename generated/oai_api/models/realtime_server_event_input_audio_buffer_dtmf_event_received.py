from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_server_event_input_audio_buffer_dtmf_event_received_type import (
    RealtimeServerEventInputAudioBufferDtmfEventReceivedType,
    check_realtime_server_event_input_audio_buffer_dtmf_event_received_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="RealtimeServerEventInputAudioBufferDtmfEventReceived")


@_attrs_define
class RealtimeServerEventInputAudioBufferDtmfEventReceived:
    """Server event (SIP only) for a telephone keypad press: `event` is the key (0-9, *, #, A-D), `received_at` its Unix
    time.

    """

    type_: RealtimeServerEventInputAudioBufferDtmfEventReceivedType
    event: str
    received_at: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_event = (
            self.event
            if self.event is not None or "event" not in self._none_flips
            else UNSET
        )

        event = _v_event

        _v_received_at = (
            self.received_at
            if self.received_at is not None or "received_at" not in self._none_flips
            else UNSET
        )

        received_at = _v_received_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "event": event,
                    "received_at": received_at,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_realtime_server_event_input_audio_buffer_dtmf_event_received_type(
                    _type__raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        event = d.pop("event", UNSET)
        if (event is None or isinstance(event, Unset)) and strict_parsing.get():
            raise KeyError("event")

        if event is None or event is UNSET:
            if event is UNSET:
                _none_flips += ("event",)
            event = None

        received_at = d.pop("received_at", UNSET)
        if (
            received_at is None or isinstance(received_at, Unset)
        ) and strict_parsing.get():
            raise KeyError("received_at")

        if received_at is None or received_at is UNSET:
            if received_at is UNSET:
                _none_flips += ("received_at",)
            received_at = None

        realtime_server_event_input_audio_buffer_dtmf_event_received = cls(
            type_=type_,
            event=event,
            received_at=received_at,
        )
        if _none_flips:
            realtime_server_event_input_audio_buffer_dtmf_event_received._none_flips = (
                _none_flips
            )

        realtime_server_event_input_audio_buffer_dtmf_event_received.additional_properties = d
        return realtime_server_event_input_audio_buffer_dtmf_event_received

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
