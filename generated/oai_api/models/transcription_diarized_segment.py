from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.transcription_diarized_segment_type import (
    TranscriptionDiarizedSegmentType,
    check_transcription_diarized_segment_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class TranscriptionDiarizedSegment(_OpenModel):
    """A stretch of transcript attributed to one speaker."""

    type_: TranscriptionDiarizedSegmentType
    """ Fixed tag `transcript.text.segment`. """
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
            ("type_", "type", REQUIRED, check_transcription_diarized_segment_type),
            ("id", "id", REQUIRED, None),
            ("start", "start", REQUIRED, None),
            ("end", "end", REQUIRED, None),
            ("text", "text", REQUIRED, None),
            ("speaker", "speaker", REQUIRED, None),
        )
