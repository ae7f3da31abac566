from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_server_event_output_audio_buffer_stopped_type import (
    RealtimeServerEventOutputAudioBufferStoppedType,
    check_realtime_server_event_output_audio_buffer_stopped_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RealtimeServerEventOutputAudioBufferStopped(_OpenModel):
    """Server event (WebRTC and SIP only): all output audio has been sent and nothing more is coming; follows
    `response.done`."""

    event_id: str

    type_: RealtimeServerEventOutputAudioBufferStoppedType

    response_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("event_id", "response_id", "type")
    _tags = {"type": ("output_audio_buffer.stopped",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("event_id", "event_id", REQUIRED, None),
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_server_event_output_audio_buffer_stopped_type,
            ),
            ("response_id", "response_id", REQUIRED, None),
        )
