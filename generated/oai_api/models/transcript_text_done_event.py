from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transcript_text_done_event_type import (
    TranscriptTextDoneEventType,
    check_transcript_text_done_event_type,
)
from ..types import UNSET, Unset, strict_parsing

if TYPE_CHECKING:
    from ..models.transcript_text_done_event_logprobs_item import (
        TranscriptTextDoneEventLogprobsItem,
    )
    from ..models.transcript_text_usage_tokens import TranscriptTextUsageTokens
    from ..models.transcription_language import TranscriptionLanguage


T = TypeVar("T", bound="TranscriptTextDoneEvent")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        TranscriptTextDoneEventLogprobsItem, \
        TranscriptTextUsageTokens, \
        TranscriptionLanguage
    from ..models.transcript_text_done_event_logprobs_item import (
        TranscriptTextDoneEventLogprobsItem,
    )
    from ..models.transcript_text_usage_tokens import TranscriptTextUsageTokens
    from ..models.transcription_language import TranscriptionLanguage

    _models_bound = True


@_attrs_define
class TranscriptTextDoneEvent:
    """Stream event with the complete transcript, sent last."""

    type_: TranscriptTextDoneEventType
    """ Event type, fixed to `transcript.text.done`. """
    text: str
    """ The complete transcript. """
    languages: list[TranscriptionLanguage] | Unset = UNSET
    """ Languages the model heard in the audio. """
    logprobs: list[TranscriptTextDoneEventLogprobsItem] | Unset = UNSET
    """ Log probabilities of all tokens, when requested. """
    usage: TranscriptTextUsageTokens | Unset = UNSET
    """ Usage of a transcription billed by tokens. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_: str = self.type_

        text = self.text

        if not isinstance(self.languages, list):
            languages = self.languages
        else:
            languages: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.languages, Unset):
                languages = []
                for languages_item_data in self.languages:
                    if not isinstance(languages_item_data, TranscriptionLanguage):
                        languages.append(languages_item_data)
                        continue
                    languages_item = languages_item_data.to_dict()
                    languages.append(languages_item)

        if not isinstance(self.logprobs, list):
            logprobs = self.logprobs
        else:
            logprobs: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.logprobs, Unset):
                logprobs = []
                for logprobs_item_data in self.logprobs:
                    if not isinstance(
                        logprobs_item_data, TranscriptTextDoneEventLogprobsItem
                    ):
                        logprobs.append(logprobs_item_data)
                        continue
                    logprobs_item = logprobs_item_data.to_dict()
                    logprobs.append(logprobs_item)

        if not isinstance(self.usage, TranscriptTextUsageTokens):
            usage = self.usage
        else:
            usage: dict[str, Any] | Unset = UNSET
            if not isinstance(self.usage, Unset):
                usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "text": text,
                }.items()
                if v is not UNSET
            }
        )
        if languages is not UNSET:
            field_dict["languages"] = languages
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            type_ = _type__raw
        else:
            try:
                type_ = check_transcript_text_done_event_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        text = d.pop("text", UNSET)
        if (text is None or isinstance(text, Unset)) and strict_parsing.get():
            raise KeyError("text")

        _languages_raw = d.pop("languages", UNSET)
        if _languages_raw is None or isinstance(_languages_raw, Unset):
            if _languages_raw is None and strict_parsing.get():
                raise TypeError("languages")

            languages = _languages_raw
        else:
            try:
                _languages = _languages_raw
                languages: list[TranscriptionLanguage] | Unset = UNSET
                if _languages is not UNSET:
                    languages = []
                    if not isinstance(_languages, list):
                        raise TypeError()
                    for languages_item_data in _languages:
                        languages_item = TranscriptionLanguage.from_dict(
                            languages_item_data
                        )

                        languages.append(languages_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                languages = _languages_raw

        _logprobs_raw = d.pop("logprobs", UNSET)
        if _logprobs_raw is None or isinstance(_logprobs_raw, Unset):
            if _logprobs_raw is None and strict_parsing.get():
                raise TypeError("logprobs")

            logprobs = _logprobs_raw
        else:
            try:
                _logprobs = _logprobs_raw
                logprobs: list[TranscriptTextDoneEventLogprobsItem] | Unset = UNSET
                if _logprobs is not UNSET:
                    logprobs = []
                    if not isinstance(_logprobs, list):
                        raise TypeError()
                    for logprobs_item_data in _logprobs:
                        logprobs_item = TranscriptTextDoneEventLogprobsItem.from_dict(
                            logprobs_item_data
                        )

                        logprobs.append(logprobs_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                logprobs = _logprobs_raw

        _usage_raw = d.pop("usage", UNSET)
        if _usage_raw is None or isinstance(_usage_raw, Unset):
            if _usage_raw is None and strict_parsing.get():
                raise TypeError("usage")

            usage = _usage_raw
        else:
            try:
                _usage = _usage_raw
                usage: TranscriptTextUsageTokens | Unset
                if isinstance(_usage, Unset):
                    usage = UNSET
                else:
                    usage = TranscriptTextUsageTokens.from_dict(_usage)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                usage = _usage_raw

        transcript_text_done_event = cls(
            type_=type_,
            text=text,
            languages=languages,
            logprobs=logprobs,
            usage=usage,
        )

        transcript_text_done_event.additional_properties = d
        return transcript_text_done_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
