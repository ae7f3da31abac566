from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
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
class ResponseAudioTranscriptDoneEvent(_OpenModel):
    """Stream event `response.audio.transcript.done`: the transcript of the output audio is complete."""

    type_: ResponseAudioTranscriptDoneEventType
    """ Event type, fixed to `response.audio.transcript.done`. """
    sequence_number: int
    """ Position of this event in the stream. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("sequence_number", "type")
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
        )
