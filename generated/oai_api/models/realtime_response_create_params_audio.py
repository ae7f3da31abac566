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
    from ..models.realtime_response_create_params_audio_output import (
        RealtimeResponseCreateParamsAudioOutput,
    )


@_attrs_define(repr=False)
class RealtimeResponseCreateParamsAudio(_OpenModel):
    output: RealtimeResponseCreateParamsAudioOutput | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("output",)

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_response_create_params_audio_output import (
            RealtimeResponseCreateParamsAudioOutput,
        )

        return fields(
            ("output", "output", OPTIONAL, RealtimeResponseCreateParamsAudioOutput),
        )
