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
from ..models.realtime_translation_client_event_input_audio_buffer_append_type import (
    RealtimeTranslationClientEventInputAudioBufferAppendType,
    check_realtime_translation_client_event_input_audio_buffer_append_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RealtimeTranslationClientEventInputAudioBufferAppend(_OpenModel):
    """Client event adding base64 24 kHz mono PCM16 (little-endian) audio to a translation session; send 200 ms chunks and
    keep streaming silence while active."""

    type_: RealtimeTranslationClientEventInputAudioBufferAppendType

    audio: str

    event_id: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("audio", "event_id", "type")
    _tags = {"type": ("session.input_audio_buffer.append",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_translation_client_event_input_audio_buffer_append_type,
            ),
            ("audio", "audio", REQUIRED, None),
            ("event_id", "event_id", OPTIONAL, None),
        )
