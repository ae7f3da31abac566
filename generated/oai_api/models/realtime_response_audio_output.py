from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.voice_ids_shared_type_1 import (
    VoiceIdsSharedType1,
    check_voice_ids_shared_type_1,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.realtime_audio_formats_type_0 import RealtimeAudioFormatsType0
    from ..models.realtime_audio_formats_type_1 import RealtimeAudioFormatsType1
    from ..models.realtime_audio_formats_type_2 import RealtimeAudioFormatsType2


@_attrs_define(repr=False)
class RealtimeResponseAudioOutput(_OpenModel):
    format_: (
        RealtimeAudioFormatsType0
        | RealtimeAudioFormatsType1
        | RealtimeAudioFormatsType2
        | None
    ) = None
    """ Audio encoding: 24 kHz PCM, G.711 mu-law (`audio/pcmu`), or G.711 A-law (`audio/pcma`). """
    voice: str | VoiceIdsSharedType1 | None = None
    """ Voice name; any string, with built-in voices listed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("format", "voice")

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "format_",
                "format",
                OPTIONAL,
                one_of(
                    member(
                        "realtime_audio_formats_type_0",
                        "RealtimeAudioFormatsType0",
                        ("type", "audio/pcm"),
                    ),
                    member(
                        "realtime_audio_formats_type_1",
                        "RealtimeAudioFormatsType1",
                        ("type", "audio/pcmu"),
                    ),
                    member(
                        "realtime_audio_formats_type_2",
                        "RealtimeAudioFormatsType2",
                        ("type", "audio/pcma"),
                    ),
                ),
            ),
            ("voice", "voice", OPTIONAL, one_of(str, check_voice_ids_shared_type_1)),
        )
