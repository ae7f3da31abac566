from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
    list_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.transcript_text_usage_duration import TranscriptTextUsageDuration
    from ..models.transcription_segment import TranscriptionSegment
    from ..models.transcription_word import TranscriptionWord


@_attrs_define(repr=False)
class CreateTranscriptionResponseVerboseJson(_OpenModel):
    """A transcript in the `verbose_json` format, with timed segments and words."""

    language: str
    """ Language of the audio. """
    duration: float
    """ Length of the audio in seconds. """
    text: str
    """ The transcript. """
    words: list[TranscriptionWord] | None = None
    """ Timed words, when requested. """
    segments: list[TranscriptionSegment] | None = None
    """ Timed segments, when requested. """
    usage: TranscriptTextUsageDuration | None = None
    """ Usage of a transcription billed by audio length. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("duration", "language", "segments", "text", "usage", "words")

    @staticmethod
    def _fields() -> Table:
        from ..models.transcript_text_usage_duration import TranscriptTextUsageDuration
        from ..models.transcription_segment import TranscriptionSegment
        from ..models.transcription_word import TranscriptionWord

        return fields(
            ("language", "language", REQUIRED, None),
            ("duration", "duration", REQUIRED, None),
            ("text", "text", REQUIRED, None),
            ("words", "words", OPTIONAL, list_of(TranscriptionWord)),
            ("segments", "segments", OPTIONAL, list_of(TranscriptionSegment)),
            ("usage", "usage", OPTIONAL, TranscriptTextUsageDuration),
        )
