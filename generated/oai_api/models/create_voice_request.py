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
class CreateVoiceRequest(_Model):
    """Form fields for creating a custom voice."""

    name: str
    """ Name to give the custom voice. """
    audio_sample: File
    """ Audio file the voice is modelled on, at most 10 MiB; MP3, WAV, OGG, AAC, FLAC, WebM or MP4 audio. """
    consent: str
    """ ID of the consent recording that authorizes this voice, such as `cons_1234`. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("audio_sample", "consent", "name")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("name", "name", REQUIRED, None),
            ("audio_sample", "audio_sample", REQUIRED, FILE),
            ("consent", "consent", REQUIRED, None),
            extra=DROP,
            strict=True,
        )
