from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_audio_formats_type_1_type import (
    RealtimeAudioFormatsType1Type,
    check_realtime_audio_formats_type_1_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RealtimeAudioFormatsType1(_OpenModel):
    type_: RealtimeAudioFormatsType1Type | None = None
    """ Always `audio/pcmu` (G.711 mu-law). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("type",)
    _tags = {"type": ("audio/pcmu",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", OPTIONAL, check_realtime_audio_formats_type_1_type),
        )
