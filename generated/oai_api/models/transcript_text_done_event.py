from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transcript_text_done_event_type import (
    TranscriptTextDoneEventType,
    check_transcript_text_done_event_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

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
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_text = (
            self.text
            if self.text is not None or "text" not in self._none_flips
            else UNSET
        )

        text = _v_text

        _v_languages = (
            self.languages
            if self.languages is not None or "languages" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_languages, list):
            languages = _v_languages
        else:
            languages: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(_v_languages, Unset):
                languages = []
                for languages_item_data in _v_languages:
                    if not isinstance(languages_item_data, TranscriptionLanguage):
                        languages.append(languages_item_data)
                        continue
                    languages_item = languages_item_data.to_dict()
                    languages.append(languages_item)

        _v_logprobs = (
            self.logprobs
            if self.logprobs is not None or "logprobs" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_logprobs, list):
            logprobs = _v_logprobs
        else:
            logprobs: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(_v_logprobs, Unset):
                logprobs = []
                for logprobs_item_data in _v_logprobs:
                    if not isinstance(
                        logprobs_item_data, TranscriptTextDoneEventLogprobsItem
                    ):
                        logprobs.append(logprobs_item_data)
                        continue
                    logprobs_item = logprobs_item_data.to_dict()
                    logprobs.append(logprobs_item)

        _v_usage = (
            self.usage
            if self.usage is not None or "usage" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_usage, TranscriptTextUsageTokens):
            usage = _v_usage
        else:
            usage: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_usage, Unset):
                usage = _v_usage.to_dict()

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
        _none_flips: tuple[str, ...] = ()
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

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

        if text is None or text is UNSET:
            if text is UNSET:
                _none_flips += ("text",)
            text = None

        _languages_raw = d.pop("languages", UNSET)
        if _languages_raw is None or isinstance(_languages_raw, Unset):
            if _languages_raw is None and strict_parsing.get():
                raise TypeError("languages")

            if _languages_raw is None:
                _none_flips += ("languages",)
            languages = None

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

            if _logprobs_raw is None:
                _none_flips += ("logprobs",)
            logprobs = None

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

            if _usage_raw is None:
                _none_flips += ("usage",)
            usage = None

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
        if _none_flips:
            transcript_text_done_event._none_flips = _none_flips

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
