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
from ..models.realtime_client_event_input_audio_buffer_append_type import (
    RealtimeClientEventInputAudioBufferAppendType,
    check_realtime_client_event_input_audio_buffer_append_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RealtimeClientEventInputAudioBufferAppend(_OpenModel):
    """Client event adding base64 audio to the input buffer, up to 15 MiB per event; no reply is sent. Committing turns the
    buffer into a user message."""

    type_: RealtimeClientEventInputAudioBufferAppendType

    audio: str

    event_id: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("audio", "event_id", "type")
    _tags = {"type": ("input_audio_buffer.append",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_client_event_input_audio_buffer_append_type,
            ),
            ("audio", "audio", REQUIRED, None),
            ("event_id", "event_id", OPTIONAL, None),
        )
