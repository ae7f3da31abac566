from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    DROP,
    OPTIONAL,
    REQUIRED,
    fields,
)
from .._model import Model as _Model
from ..models.vad_config_type import VadConfigType, check_vad_config_type

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class VadConfig(_Model):
    """Server-side voice activity detection settings used to cut the audio into chunks."""

    type_: VadConfigType
    """ Fixed tag `server_vad`. """
    prefix_padding_ms: int | None = None
    """ Audio kept before detected speech, in milliseconds. """
    silence_duration_ms: int | None = None
    """ Silence that ends a chunk, in milliseconds. """
    threshold: float | None = None
    """ Detection sensitivity, 0 to 1; higher needs louder speech. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("prefix_padding_ms", "silence_duration_ms", "threshold", "type")
    _tags = {"type": ("server_vad",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_vad_config_type),
            ("prefix_padding_ms", "prefix_padding_ms", OPTIONAL, None),
            ("silence_duration_ms", "silence_duration_ms", OPTIONAL, None),
            ("threshold", "threshold", OPTIONAL, None),
            extra=DROP,
            strict=True,
        )
