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
    from ..models.realtime_session_create_request_ga_audio_input import (
        RealtimeSessionCreateRequestGAAudioInput,
    )
    from ..models.realtime_session_create_request_ga_audio_output import (
        RealtimeSessionCreateRequestGAAudioOutput,
    )


@_attrs_define(repr=False)
class RealtimeSessionCreateRequestGAAudio(_OpenModel):
    """Settings for audio going in and coming out."""

    input_: RealtimeSessionCreateRequestGAAudioInput | None = None
    """ Input audio settings: encoding, transcription, noise reduction and turn detection. """
    output: RealtimeSessionCreateRequestGAAudioOutput | None = None
    """ Output audio settings: encoding, voice and speaking speed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("input", "output")

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_session_create_request_ga_audio_input import (
            RealtimeSessionCreateRequestGAAudioInput,
        )
        from ..models.realtime_session_create_request_ga_audio_output import (
            RealtimeSessionCreateRequestGAAudioOutput,
        )

        return fields(
            ("input_", "input", OPTIONAL, RealtimeSessionCreateRequestGAAudioInput),
            ("output", "output", OPTIONAL, RealtimeSessionCreateRequestGAAudioOutput),
            strict=True,
        )
