from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.create_transcription_response_diarized_json_task import (
    CreateTranscriptionResponseDiarizedJsonTask,
    check_create_transcription_response_diarized_json_task,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.transcript_text_usage_duration import TranscriptTextUsageDuration
    from ..models.transcript_text_usage_tokens import TranscriptTextUsageTokens
    from ..models.transcription_diarized_segment import TranscriptionDiarizedSegment


@_attrs_define(repr=False)
class CreateTranscriptionResponseDiarizedJson(_OpenModel):
    """A transcript in the `diarized_json` format: segments labelled by speaker."""

    task: CreateTranscriptionResponseDiarizedJsonTask
    """ The task performed. """
    duration: float
    """ Length of the audio in seconds. """
    text: str
    """ The whole transcript. """
    segments: list[TranscriptionDiarizedSegment]
    """ Segments with their speakers, in time order. """
    usage: TranscriptTextUsageDuration | TranscriptTextUsageTokens | None = None
    """ Usage of the request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("duration", "segments", "task", "text", "usage")

    @staticmethod
    def _fields() -> Table:
        from ..models.transcription_diarized_segment import TranscriptionDiarizedSegment

        return fields(
            (
                "task",
                "task",
                REQUIRED,
                check_create_transcription_response_diarized_json_task,
            ),
            ("duration", "duration", REQUIRED, None),
            ("text", "text", REQUIRED, None),
            ("segments", "segments", REQUIRED, list_of(TranscriptionDiarizedSegment)),
            (
                "usage",
                "usage",
                OPTIONAL,
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
        )
