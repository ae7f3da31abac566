from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, strict_parsing

if TYPE_CHECKING:
    from ..models.transcript_text_usage_duration import TranscriptTextUsageDuration
    from ..models.transcription_segment import TranscriptionSegment
    from ..models.transcription_word import TranscriptionWord


T = TypeVar("T", bound="CreateTranscriptionResponseVerboseJson")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        TranscriptTextUsageDuration, \
        TranscriptionSegment, \
        TranscriptionWord
    from ..models.transcript_text_usage_duration import TranscriptTextUsageDuration
    from ..models.transcription_segment import TranscriptionSegment
    from ..models.transcription_word import TranscriptionWord

    _models_bound = True


@_attrs_define
class CreateTranscriptionResponseVerboseJson:
    """A transcript in the `verbose_json` format, with timed segments and words."""

    language: str
    """ Language of the audio. """
    duration: float
    """ Length of the audio in seconds. """
    text: str
    """ The transcript. """
    words: list[TranscriptionWord] | Unset = UNSET
    """ Timed words, when requested. """
    segments: list[TranscriptionSegment] | Unset = UNSET
    """ Timed segments, when requested. """
    usage: TranscriptTextUsageDuration | Unset = UNSET
    """ Usage of a transcription billed by audio length. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        language = self.language

        duration = self.duration

        text = self.text

        if not isinstance(self.words, list):
            words = self.words
        else:
            words: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.words, Unset):
                words = []
                for words_item_data in self.words:
                    if not isinstance(words_item_data, TranscriptionWord):
                        words.append(words_item_data)
                        continue
                    words_item = words_item_data.to_dict()
                    words.append(words_item)

        if not isinstance(self.segments, list):
            segments = self.segments
        else:
            segments: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.segments, Unset):
                segments = []
                for segments_item_data in self.segments:
                    if not isinstance(segments_item_data, TranscriptionSegment):
                        segments.append(segments_item_data)
                        continue
                    segments_item = segments_item_data.to_dict()
                    segments.append(segments_item)

        if not isinstance(self.usage, TranscriptTextUsageDuration):
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
                    "language": language,
                    "duration": duration,
                    "text": text,
                }.items()
                if v is not UNSET
            }
        )
        if words is not UNSET:
            field_dict["words"] = words
        if segments is not UNSET:
            field_dict["segments"] = segments
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        language = d.pop("language", UNSET)
        if (language is None or isinstance(language, Unset)) and strict_parsing.get():
            raise KeyError("language")

        duration = d.pop("duration", UNSET)
        if (duration is None or isinstance(duration, Unset)) and strict_parsing.get():
            raise KeyError("duration")

        text = d.pop("text", UNSET)
        if (text is None or isinstance(text, Unset)) and strict_parsing.get():
            raise KeyError("text")

        _words_raw = d.pop("words", UNSET)
        if _words_raw is None or isinstance(_words_raw, Unset):
            if _words_raw is None and strict_parsing.get():
                raise TypeError("words")

            words = _words_raw
        else:
            try:
                _words = _words_raw
                words: list[TranscriptionWord] | Unset = UNSET
                if _words is not UNSET:
                    words = []
                    if not isinstance(_words, list):
                        raise TypeError()
                    for words_item_data in _words:
                        words_item = TranscriptionWord.from_dict(words_item_data)

                        words.append(words_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                words = _words_raw

        _segments_raw = d.pop("segments", UNSET)
        if _segments_raw is None or isinstance(_segments_raw, Unset):
            if _segments_raw is None and strict_parsing.get():
                raise TypeError("segments")

            segments = _segments_raw
        else:
            try:
                _segments = _segments_raw
                segments: list[TranscriptionSegment] | Unset = UNSET
                if _segments is not UNSET:
                    segments = []
                    if not isinstance(_segments, list):
                        raise TypeError()
                    for segments_item_data in _segments:
                        segments_item = TranscriptionSegment.from_dict(
                            segments_item_data
                        )

                        segments.append(segments_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                segments = _segments_raw

        _usage_raw = d.pop("usage", UNSET)
        if _usage_raw is None or isinstance(_usage_raw, Unset):
            if _usage_raw is None and strict_parsing.get():
                raise TypeError("usage")

            usage = _usage_raw
        else:
            try:
                _usage = _usage_raw
                usage: TranscriptTextUsageDuration | Unset
                if isinstance(_usage, Unset):
                    usage = UNSET
                else:
                    usage = TranscriptTextUsageDuration.from_dict(_usage)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                usage = _usage_raw

        create_transcription_response_verbose_json = cls(
            language=language,
            duration=duration,
            text=text,
            words=words,
            segments=segments,
            usage=usage,
        )

        create_transcription_response_verbose_json.additional_properties = d
        return create_transcription_response_verbose_json

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
