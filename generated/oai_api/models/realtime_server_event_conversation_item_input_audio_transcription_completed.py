from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_server_event_conversation_item_input_audio_transcription_completed_type import (
    RealtimeServerEventConversationItemInputAudioTranscriptionCompletedType,
    check_realtime_server_event_conversation_item_input_audio_transcription_completed_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.log_prob_properties import LogProbProperties
    from ..models.transcript_text_usage_duration import TranscriptTextUsageDuration
    from ..models.transcript_text_usage_tokens import TranscriptTextUsageTokens
    from ..models.transcription_language import TranscriptionLanguage


@_attrs_define(repr=False)
class RealtimeServerEventConversationItemInputAudioTranscriptionCompleted(_OpenModel):
    """Server event carrying the finished transcript of committed user audio; it comes from a separate speech-recognition
    model and may differ from what the model understood."""

    event_id: str

    type_: RealtimeServerEventConversationItemInputAudioTranscriptionCompletedType

    item_id: str

    content_index: int

    transcript: str

    usage: TranscriptTextUsageDuration | TranscriptTextUsageTokens

    languages: list[TranscriptionLanguage] | None = None

    logprobs: list[LogProbProperties] | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "content_index",
        "event_id",
        "item_id",
        "languages",
        "logprobs",
        "transcript",
        "type",
        "usage",
    )
    _tags = {"type": ("conversation.item.input_audio_transcription.completed",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.log_prob_properties import LogProbProperties
        from ..models.transcription_language import TranscriptionLanguage

        return fields(
            ("event_id", "event_id", REQUIRED, None),
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_server_event_conversation_item_input_audio_transcription_completed_type,
            ),
            ("item_id", "item_id", REQUIRED, None),
            ("content_index", "content_index", REQUIRED, None),
            ("transcript", "transcript", REQUIRED, None),
            (
                "usage",
                "usage",
                REQUIRED,
                one_of(
                    member(
                        "transcript_text_usage_tokens",
                        "TranscriptTextUsageTokens",
                        ("type", "tokens"),
                    ),
                    member(
                        "transcript_text_usage_duration",
                        "TranscriptTextUsageDuration",
                        ("type", "duration"),
                    ),
                ),
            ),
            ("languages", "languages", OPTIONAL, list_of(TranscriptionLanguage)),
            (
                "logprobs",
                "logprobs",
                OPTIONAL_OR_NULL,
                one_of(list_of(LogProbProperties), None),
            ),
        )
