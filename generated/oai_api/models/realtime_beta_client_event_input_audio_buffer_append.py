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
from ..models.realtime_beta_client_event_input_audio_buffer_append_type import (
    RealtimeBetaClientEventInputAudioBufferAppendType,
    check_realtime_beta_client_event_input_audio_buffer_append_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RealtimeBetaClientEventInputAudioBufferAppend(_OpenModel):
    """Client event adding base64 audio to the input buffer, up to 15 MiB per event; no reply is sent. With server VAD the
    server decides when to commit."""

    type_: RealtimeBetaClientEventInputAudioBufferAppendType

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
                check_realtime_beta_client_event_input_audio_buffer_append_type,
            ),
            ("audio", "audio", REQUIRED, None),
            ("event_id", "event_id", OPTIONAL, None),
        )
