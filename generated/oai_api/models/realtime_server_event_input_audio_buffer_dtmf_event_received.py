from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_server_event_input_audio_buffer_dtmf_event_received_type import (
    RealtimeServerEventInputAudioBufferDtmfEventReceivedType,
    check_realtime_server_event_input_audio_buffer_dtmf_event_received_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RealtimeServerEventInputAudioBufferDtmfEventReceived(_OpenModel):
    """Server event (SIP only) for a telephone keypad press: `event` is the key (0-9, *, #, A-D), `received_at` its Unix
    time."""

    type_: RealtimeServerEventInputAudioBufferDtmfEventReceivedType

    event: str

    received_at: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("event", "received_at", "type")
    _tags = {"type": ("input_audio_buffer.dtmf_event_received",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_server_event_input_audio_buffer_dtmf_event_received_type,
            ),
            ("event", "event", REQUIRED, None),
            ("received_at", "received_at", REQUIRED, None),
        )
