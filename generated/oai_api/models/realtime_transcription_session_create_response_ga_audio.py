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
    from ..models.realtime_transcription_session_create_response_ga_audio_input import (
        RealtimeTranscriptionSessionCreateResponseGAAudioInput,
    )


@_attrs_define(repr=False)
class RealtimeTranscriptionSessionCreateResponseGAAudio(_OpenModel):
    input_: RealtimeTranscriptionSessionCreateResponseGAAudioInput | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("input",)

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_transcription_session_create_response_ga_audio_input import (
            RealtimeTranscriptionSessionCreateResponseGAAudioInput,
        )

        return fields(
            (
                "input_",
                "input",
                OPTIONAL,
                RealtimeTranscriptionSessionCreateResponseGAAudioInput,
            ),
        )
