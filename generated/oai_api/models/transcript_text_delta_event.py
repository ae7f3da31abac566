from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
    list_of,
)
from .._model import OpenModel as _OpenModel
from ..models.transcript_text_delta_event_type import (
    TranscriptTextDeltaEventType,
    check_transcript_text_delta_event_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.transcript_text_delta_event_logprobs_item import (
        TranscriptTextDeltaEventLogprobsItem,
    )


@_attrs_define(repr=False)
class TranscriptTextDeltaEvent(_OpenModel):
    """Stream event with the next piece of transcript text."""

    type_: TranscriptTextDeltaEventType
    """ Event type, fixed to `transcript.text.delta`. """
    delta: str
    """ New transcript text. """
    logprobs: list[TranscriptTextDeltaEventLogprobsItem] | None = None
    """ Log probabilities of the new tokens, when requested. """
    segment_id: str | None = None
    """ Segment this text belongs to (diarization models). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("delta", "logprobs", "segment_id", "type")
    _tags = {"type": ("transcript.text.delta",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.transcript_text_delta_event_logprobs_item import (
            TranscriptTextDeltaEventLogprobsItem,
        )

        return fields(
            ("type_", "type", REQUIRED, check_transcript_text_delta_event_type),
            ("delta", "delta", REQUIRED, None),
            (
                "logprobs",
                "logprobs",
                OPTIONAL,
                list_of(TranscriptTextDeltaEventLogprobsItem),
            ),
            ("segment_id", "segment_id", OPTIONAL, None),
        )
