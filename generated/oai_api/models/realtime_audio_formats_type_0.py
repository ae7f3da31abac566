from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_audio_formats_type_0_rate import (
    RealtimeAudioFormatsType0Rate,
    check_realtime_audio_formats_type_0_rate,
)
from ..models.realtime_audio_formats_type_0_type import (
    RealtimeAudioFormatsType0Type,
    check_realtime_audio_formats_type_0_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RealtimeAudioFormatsType0(_OpenModel):
    type_: RealtimeAudioFormatsType0Type | None = None
    """ Always `audio/pcm` (16-bit PCM). """
    rate: RealtimeAudioFormatsType0Rate | None = None
    """ Sample rate in Hz; only `24000` is allowed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("rate", "type")
    _tags = {"type": ("audio/pcm",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", OPTIONAL, check_realtime_audio_formats_type_0_type),
            ("rate", "rate", OPTIONAL, check_realtime_audio_formats_type_0_rate),
        )
