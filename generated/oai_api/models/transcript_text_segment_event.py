from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.transcript_text_segment_event_type import (
    TranscriptTextSegmentEventType,
    check_transcript_text_segment_event_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class TranscriptTextSegmentEvent(_OpenModel):
    """Stream event with one finished speaker-labelled segment (diarization models)."""

    type_: TranscriptTextSegmentEventType
    """ Event type, fixed to `transcript.text.segment`. """
    id: str
    """ Segment identifier. """
    start: float
    """ Start time in seconds. """
    end: float
    """ End time in seconds. """
    text: str
    """ Text of the segment. """
    speaker: str
    """ Who is speaking in this segment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("end", "id", "speaker", "start", "text", "type")
    _tags = {"type": ("transcript.text.segment",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_transcript_text_segment_event_type),
            ("id", "id", REQUIRED, None),
            ("start", "start", REQUIRED, None),
            ("end", "end", REQUIRED, None),
            ("text", "text", REQUIRED, None),
            ("speaker", "speaker", REQUIRED, None),
        )
