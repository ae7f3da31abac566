from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
    list_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class TranscriptionSegment(_OpenModel):
    """A timed stretch of transcript with decoding statistics."""

    id: int
    """ Position of the segment. """
    seek: int
    """ Seek position where the segment starts. """
    start: float
    """ Start time in seconds. """
    end: float
    """ End time in seconds. """
    text: str
    """ Text of the segment. """
    tokens: list[int]
    """ Token IDs of the text. """
    temperature: float
    """ Temperature used for this segment. """
    avg_logprob: float
    """ Mean token log probability; below -1 suggests a poor transcript. """
    compression_ratio: float
    """ Compression ratio; above 2.4 suggests a failed decode. """
    no_speech_prob: float
    """ Probability that the segment is silence. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "avg_logprob",
        "compression_ratio",
        "end",
        "id",
        "no_speech_prob",
        "seek",
        "start",
        "temperature",
        "text",
        "tokens",
    )

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("id", "id", REQUIRED, None),
            ("seek", "seek", REQUIRED, None),
            ("start", "start", REQUIRED, None),
            ("end", "end", REQUIRED, None),
            ("text", "text", REQUIRED, None),
            ("tokens", "tokens", REQUIRED, list_of(None)),
            ("temperature", "temperature", REQUIRED, None),
            ("avg_logprob", "avg_logprob", REQUIRED, None),
            ("compression_ratio", "compression_ratio", REQUIRED, None),
            ("no_speech_prob", "no_speech_prob", REQUIRED, None),
        )
