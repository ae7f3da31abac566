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
from ..models.transcript_text_done_event_type import (
    TranscriptTextDoneEventType,
    check_transcript_text_done_event_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.transcript_text_done_event_logprobs_item import (
        TranscriptTextDoneEventLogprobsItem,
    )
    from ..models.transcript_text_usage_tokens import TranscriptTextUsageTokens
    from ..models.transcription_language import TranscriptionLanguage


@_attrs_define(repr=False)
class TranscriptTextDoneEvent(_OpenModel):
    """Stream event with the complete transcript, sent last."""

    type_: TranscriptTextDoneEventType
    """ Event type, fixed to `transcript.text.done`. """
    text: str
    """ The complete transcript. """
    languages: list[TranscriptionLanguage] | None = None
    """ Languages the model heard in the audio. """
    logprobs: list[TranscriptTextDoneEventLogprobsItem] | None = None
    """ Log probabilities of all tokens, when requested. """
    usage: TranscriptTextUsageTokens | None = None
    """ Usage of a transcription billed by tokens. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("languages", "logprobs", "text", "type", "usage")
    _tags = {"type": ("transcript.text.done",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.transcript_text_done_event_logprobs_item import (
            TranscriptTextDoneEventLogprobsItem,
        )
        from ..models.transcript_text_usage_tokens import TranscriptTextUsageTokens
        from ..models.transcription_language import TranscriptionLanguage

        return fields(
            ("type_", "type", REQUIRED, check_transcript_text_done_event_type),
            ("text", "text", REQUIRED, None),
            ("languages", "languages", OPTIONAL, list_of(TranscriptionLanguage)),
            (
                "logprobs",
                "logprobs",
                OPTIONAL,
                list_of(TranscriptTextDoneEventLogprobsItem),
            ),
            ("usage", "usage", OPTIONAL, TranscriptTextUsageTokens),
        )
