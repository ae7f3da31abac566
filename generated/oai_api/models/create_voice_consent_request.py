from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    DROP,
    FILE,
    REQUIRED,
    fields,
)
from .._model import Model as _Model
from ..types import File

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class CreateVoiceConsentRequest(_Model):
    """Form fields for uploading a voice consent recording."""

    name: str
    """ Human-readable label for the recording. """
    recording: File
    """ Audio file of the consent statement, at most 10 MiB; MP3, WAV, OGG, AAC, FLAC, WebM or MP4 audio. """
    language: str
    """ Language of the spoken consent phrase as a BCP 47 tag, e.g. `en-US`. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("language", "name", "recording")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("name", "name", REQUIRED, None),
            ("recording", "recording", REQUIRED, FILE),
            ("language", "language", REQUIRED, None),
            extra=DROP,
            strict=True,
        )
