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
    from ..models.transcription_segment import TranscriptionSegment


@_attrs_define(repr=False)
class CreateTranslationResponseVerboseJson(_OpenModel):
    """A translation in the `verbose_json` format, with timed segments."""

    language: str
    """ Language of the output (english). """
    duration: float
    """ Length of the audio in seconds. """
    text: str
    """ The English text. """
    segments: list[TranscriptionSegment] | None = None
    """ Timed segments. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("duration", "language", "segments", "text")

    @staticmethod
    def _fields() -> Table:
        from ..models.transcription_segment import TranscriptionSegment

        return fields(
            ("language", "language", REQUIRED, None),
            ("duration", "duration", REQUIRED, None),
            ("text", "text", REQUIRED, None),
            ("segments", "segments", OPTIONAL, list_of(TranscriptionSegment)),
        )
