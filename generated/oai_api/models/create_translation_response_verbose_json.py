from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.transcription_segment import TranscriptionSegment


T = TypeVar("T", bound="CreateTranslationResponseVerboseJson")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, TranscriptionSegment
    from ..models.transcription_segment import TranscriptionSegment

    _models_bound = True


@_attrs_define
class CreateTranslationResponseVerboseJson:
    """A translation in the `verbose_json` format, with timed segments."""

    language: str
    """ Language of the output (english). """
    duration: float
    """ Length of the audio in seconds. """
    text: str
    """ The English text. """
    segments: list[TranscriptionSegment] | None = None
    """ Timed segments. """
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
        if segments is not UNSET:
            field_dict["segments"] = segments

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

        create_translation_response_verbose_json = cls(
            language=language,
            duration=duration,
            text=text,
            segments=segments,
        )
        if _none_flips:
            create_translation_response_verbose_json._none_flips = _none_flips

        create_translation_response_verbose_json.additional_properties = d
        return create_translation_response_verbose_json

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
