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

if TYPE_CHECKING:
    from .._model import Table
    from ..models.create_transcription_response_json_logprobs_item import (
        CreateTranscriptionResponseJsonLogprobsItem,
    )
    from ..models.transcript_text_usage_duration import TranscriptTextUsageDuration
    from ..models.transcript_text_usage_tokens import TranscriptTextUsageTokens
    from ..models.transcription_language import TranscriptionLanguage


@_attrs_define(repr=False)
class CreateTranscriptionResponseJson(_OpenModel):
    """A transcript in the `json` format."""

    text: str
    """ The transcript. """
    languages: list[TranscriptionLanguage] | None = None
    """ Languages the model heard in the audio. """
    logprobs: list[CreateTranscriptionResponseJsonLogprobsItem] | None = None
    """ Token log probabilities, when requested with `include`. """
    usage: TranscriptTextUsageDuration | TranscriptTextUsageTokens | None = None
    """ Usage of the request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("languages", "logprobs", "text", "usage")

    @staticmethod
    def _fields() -> Table:
        from ..models.create_transcription_response_json_logprobs_item import (
            CreateTranscriptionResponseJsonLogprobsItem,
        )
        from ..models.transcription_language import TranscriptionLanguage

        return fields(
            ("text", "text", REQUIRED, None),
            ("languages", "languages", OPTIONAL, list_of(TranscriptionLanguage)),
            (
                "logprobs",
                "logprobs",
                OPTIONAL,
                list_of(CreateTranscriptionResponseJsonLogprobsItem),
            ),
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
