from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

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
    words: list[TranscriptionWord] | None = None
    """ Timed words, when requested. """
    segments: list[TranscriptionSegment] | None = None
    """ Timed segments, when requested. """
    usage: TranscriptTextUsageDuration | None = None
    """ Usage of a transcription billed by audio length. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_language = (
            self.language
            if self.language is not None or "language" not in self._none_flips
            else UNSET
        )

        language = _v_language

        _v_duration = (
            self.duration
            if self.duration is not None or "duration" not in self._none_flips
            else UNSET
        )

        duration = _v_duration

        _v_text = (
            self.text
            if self.text is not None or "text" not in self._none_flips
            else UNSET
        )

        text = _v_text

        _v_words = (
            self.words
            if self.words is not None or "words" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_words, list):
            words = _v_words
        else:
            words: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(_v_words, Unset):
                words = []
                for words_item_data in _v_words:
                    if not isinstance(words_item_data, TranscriptionWord):
                        words.append(words_item_data)
                        continue
                    words_item = words_item_data.to_dict()
                    words.append(words_item)

        _v_segments = (
            self.segments
            if self.segments is not None or "segments" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_segments, list):
            segments = _v_segments
        else:
            segments: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(_v_segments, Unset):
                segments = []
                for segments_item_data in _v_segments:
                    if not isinstance(segments_item_data, TranscriptionSegment):
                        segments.append(segments_item_data)
                        continue
                    segments_item = segments_item_data.to_dict()
                    segments.append(segments_item)

        _v_usage = (
            self.usage
            if self.usage is not None or "usage" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_usage, TranscriptTextUsageDuration):
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
        _none_flips: tuple[str, ...] = ()
        language = d.pop("language", UNSET)
        if (language is None or isinstance(language, Unset)) and strict_parsing.get():
            raise KeyError("language")

        if language is None or language is UNSET:
            if language is UNSET:
                _none_flips += ("language",)
            language = None

        duration = d.pop("duration", UNSET)
        if (duration is None or isinstance(duration, Unset)) and strict_parsing.get():
            raise KeyError("duration")

        if duration is None or duration is UNSET:
            if duration is UNSET:
                _none_flips += ("duration",)
            duration = None

        text = d.pop("text", UNSET)
        if (text is None or isinstance(text, Unset)) and strict_parsing.get():
            raise KeyError("text")

        if text is None or text is UNSET:
            if text is UNSET:
                _none_flips += ("text",)
            text = None

        _words_raw = d.pop("words", UNSET)
        if _words_raw is None or isinstance(_words_raw, Unset):
            if _words_raw is None and strict_parsing.get():
                raise TypeError("words")

            if _words_raw is None:
                _none_flips += ("words",)
            words = None

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

            if _segments_raw is None:
                _none_flips += ("segments",)
            segments = None

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

            if _usage_raw is None:
                _none_flips += ("usage",)
            usage = None

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
        if _none_flips:
            create_transcription_response_verbose_json._none_flips = _none_flips

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
