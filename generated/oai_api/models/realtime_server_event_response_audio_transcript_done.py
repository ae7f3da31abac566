from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_server_event_response_audio_transcript_done_type import (
    RealtimeServerEventResponseAudioTranscriptDoneType,
    check_realtime_server_event_response_audio_transcript_done_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RealtimeServerEventResponseAudioTranscriptDone(_OpenModel):
    """Server event with the complete transcript of generated audio, also sent on interruption or cancellation."""

    event_id: str

    type_: RealtimeServerEventResponseAudioTranscriptDoneType

    response_id: str

    item_id: str

    output_index: int

    content_index: int

    transcript: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "content_index",
        "event_id",
        "item_id",
        "output_index",
        "response_id",
        "transcript",
        "type",
    )
    _tags = {"type": ("response.output_audio_transcript.done",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("event_id", "event_id", REQUIRED, None),
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_server_event_response_audio_transcript_done_type,
            ),
            ("response_id", "response_id", REQUIRED, None),
            ("item_id", "item_id", REQUIRED, None),
            ("output_index", "output_index", REQUIRED, None),
            ("content_index", "content_index", REQUIRED, None),
            ("transcript", "transcript", REQUIRED, None),
        )
