from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.realtime_response_audio_output import RealtimeResponseAudioOutput


@_attrs_define(repr=False)
class RealtimeResponseAudio(_OpenModel):
    output: RealtimeResponseAudioOutput | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("output",)

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_response_audio_output import RealtimeResponseAudioOutput

        return fields(
            ("output", "output", OPTIONAL, RealtimeResponseAudioOutput),
        )
