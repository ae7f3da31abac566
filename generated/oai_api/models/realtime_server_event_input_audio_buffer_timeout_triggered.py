from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_server_event_input_audio_buffer_timeout_triggered_type import (
    RealtimeServerEventInputAudioBufferTimeoutTriggeredType,
    check_realtime_server_event_input_audio_buffer_timeout_triggered_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RealtimeServerEventInputAudioBufferTimeoutTriggered(_OpenModel):
    """Server event: no speech arrived for the `idle_timeout_ms` set in `turn_detection`; the start and end times bound the
    silent audio."""

    event_id: str

    type_: RealtimeServerEventInputAudioBufferTimeoutTriggeredType

    audio_start_ms: int

    audio_end_ms: int

    item_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("audio_end_ms", "audio_start_ms", "event_id", "item_id", "type")
    _tags = {"type": ("input_audio_buffer.timeout_triggered",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("event_id", "event_id", REQUIRED, None),
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_server_event_input_audio_buffer_timeout_triggered_type,
            ),
            ("audio_start_ms", "audio_start_ms", REQUIRED, None),
            ("audio_end_ms", "audio_end_ms", REQUIRED, None),
            ("item_id", "item_id", REQUIRED, None),
        )
