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
from ..models.response_audio_transcript_done_event_type import (
    ResponseAudioTranscriptDoneEventType,
    check_response_audio_transcript_done_event_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ResponsesServerEventType3(_OpenModel):
    type_: ResponseAudioTranscriptDoneEventType
    """ Event type, fixed to `response.audio.transcript.done`. """
    sequence_number: int
    """ Position of this event in the stream. """
    stream_id: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("sequence_number", "stream_id", "type")
    _tags = {"type": ("response.audio.transcript.done",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_response_audio_transcript_done_event_type,
            ),
            ("sequence_number", "sequence_number", REQUIRED, None),
            ("stream_id", "stream_id", OPTIONAL, None),
        )
