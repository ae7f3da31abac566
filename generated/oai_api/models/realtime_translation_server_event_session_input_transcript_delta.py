from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_translation_server_event_session_input_transcript_delta_type import (
    RealtimeTranslationServerEventSessionInputTranscriptDeltaType,
    check_realtime_translation_server_event_session_input_transcript_delta_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RealtimeTranslationServerEventSessionInputTranscriptDelta(_OpenModel):
    """Server event with a fragment of the source-language transcript, sent only if input transcription is on; join
    fragments without adding spaces."""

    event_id: str

    type_: RealtimeTranslationServerEventSessionInputTranscriptDeltaType

    delta: str

    elapsed_ms: int | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("delta", "elapsed_ms", "event_id", "type")
    _tags = {"type": ("session.input_transcript.delta",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("event_id", "event_id", REQUIRED, None),
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_translation_server_event_session_input_transcript_delta_type,
            ),
            ("delta", "delta", REQUIRED, None),
            ("elapsed_ms", "elapsed_ms", OPTIONAL_OR_NULL, one_of(int, None)),
        )
