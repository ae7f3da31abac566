from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_audio_formats_type_2_type import (
    RealtimeAudioFormatsType2Type,
    check_realtime_audio_formats_type_2_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RealtimeAudioFormatsType2(_OpenModel):
    type_: RealtimeAudioFormatsType2Type | None = None
    """ Always `audio/pcma` (G.711 A-law). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("type",)
    _tags = {"type": ("audio/pcma",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", OPTIONAL, check_realtime_audio_formats_type_2_type),
        )
