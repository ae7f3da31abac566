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
from ..models.realtime_client_event_output_audio_buffer_clear_type import (
    RealtimeClientEventOutputAudioBufferClearType,
    check_realtime_client_event_output_audio_buffer_clear_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RealtimeClientEventOutputAudioBufferClear(_OpenModel):
    """Client event (WebRTC and SIP only) that stops the audio currently playing; send `response.cancel` first. Answered by
    `output_audio_buffer.cleared`."""

    type_: RealtimeClientEventOutputAudioBufferClearType

    event_id: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("event_id", "type")
    _tags = {"type": ("output_audio_buffer.clear",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_client_event_output_audio_buffer_clear_type,
            ),
            ("event_id", "event_id", OPTIONAL, None),
        )
