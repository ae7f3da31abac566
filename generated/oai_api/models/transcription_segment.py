from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="TranscriptionSegment")


@_attrs_define
class TranscriptionSegment:
    """A timed stretch of transcript with decoding statistics."""

    id: int
    """ Position of the segment. """
    seek: int
    """ Seek position where the segment starts. """
    start: float
    """ Start time in seconds. """
    end: float
    """ End time in seconds. """
    text: str
    """ Text of the segment. """
    tokens: list[int]
    """ Token IDs of the text. """
    temperature: float
    """ Temperature used for this segment. """
    avg_logprob: float
    """ Mean token log probability; below -1 suggests a poor transcript. """
    compression_ratio: float
    """ Compression ratio; above 2.4 suggests a failed decode. """
    no_speech_prob: float
    """ Probability that the segment is silence. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

        _v_seek = (
            self.seek
            if self.seek is not None or "seek" not in self._none_flips
            else UNSET
        )

        seek = _v_seek

        _v_start = (
            self.start
            if self.start is not None or "start" not in self._none_flips
            else UNSET
        )

        start = _v_start

        _v_end = (
            self.end if self.end is not None or "end" not in self._none_flips else UNSET
        )

        end = _v_end

        _v_text = (
            self.text
            if self.text is not None or "text" not in self._none_flips
            else UNSET
        )

        text = _v_text

        _v_tokens = (
            self.tokens
            if self.tokens is not None or "tokens" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_tokens, list):
            tokens = _v_tokens
        else:
            tokens = _v_tokens

        _v_temperature = (
            self.temperature
            if self.temperature is not None or "temperature" not in self._none_flips
            else UNSET
        )

        temperature = _v_temperature

        _v_avg_logprob = (
            self.avg_logprob
            if self.avg_logprob is not None or "avg_logprob" not in self._none_flips
            else UNSET
        )

        avg_logprob = _v_avg_logprob

        _v_compression_ratio = (
            self.compression_ratio
            if self.compression_ratio is not None
            or "compression_ratio" not in self._none_flips
            else UNSET
        )

        compression_ratio = _v_compression_ratio

        _v_no_speech_prob = (
            self.no_speech_prob
            if self.no_speech_prob is not None
            or "no_speech_prob" not in self._none_flips
            else UNSET
        )

        no_speech_prob = _v_no_speech_prob

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "id": id,
                    "seek": seek,
                    "start": start,
                    "end": end,
                    "text": text,
                    "tokens": tokens,
                    "temperature": temperature,
                    "avg_logprob": avg_logprob,
                    "compression_ratio": compression_ratio,
                    "no_speech_prob": no_speech_prob,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        seek = d.pop("seek", UNSET)
        if (seek is None or isinstance(seek, Unset)) and strict_parsing.get():
            raise KeyError("seek")

        if seek is None or seek is UNSET:
            if seek is UNSET:
                _none_flips += ("seek",)
            seek = None

        start = d.pop("start", UNSET)
        if (start is None or isinstance(start, Unset)) and strict_parsing.get():
            raise KeyError("start")

        if start is None or start is UNSET:
            if start is UNSET:
                _none_flips += ("start",)
            start = None

        end = d.pop("end", UNSET)
        if (end is None or isinstance(end, Unset)) and strict_parsing.get():
            raise KeyError("end")

        if end is None or end is UNSET:
            if end is UNSET:
                _none_flips += ("end",)
            end = None

        text = d.pop("text", UNSET)
        if (text is None or isinstance(text, Unset)) and strict_parsing.get():
            raise KeyError("text")

        if text is None or text is UNSET:
            if text is UNSET:
                _none_flips += ("text",)
            text = None

        _tokens_raw = d.pop("tokens", UNSET)
        if _tokens_raw is None or isinstance(_tokens_raw, Unset):
            if strict_parsing.get():
                raise KeyError("tokens")

            if _tokens_raw is UNSET:
                _none_flips += ("tokens",)
            tokens = None

        else:
            try:
                tokens = cast(list[int], _tokens_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                tokens = _tokens_raw

        temperature = d.pop("temperature", UNSET)
        if (
            temperature is None or isinstance(temperature, Unset)
        ) and strict_parsing.get():
            raise KeyError("temperature")

        if temperature is None or temperature is UNSET:
            if temperature is UNSET:
                _none_flips += ("temperature",)
            temperature = None

        avg_logprob = d.pop("avg_logprob", UNSET)
        if (
            avg_logprob is None or isinstance(avg_logprob, Unset)
        ) and strict_parsing.get():
            raise KeyError("avg_logprob")

        if avg_logprob is None or avg_logprob is UNSET:
            if avg_logprob is UNSET:
                _none_flips += ("avg_logprob",)
            avg_logprob = None

        compression_ratio = d.pop("compression_ratio", UNSET)
        if (
            compression_ratio is None or isinstance(compression_ratio, Unset)
        ) and strict_parsing.get():
            raise KeyError("compression_ratio")

        if compression_ratio is None or compression_ratio is UNSET:
            if compression_ratio is UNSET:
                _none_flips += ("compression_ratio",)
            compression_ratio = None

        no_speech_prob = d.pop("no_speech_prob", UNSET)
        if (
            no_speech_prob is None or isinstance(no_speech_prob, Unset)
        ) and strict_parsing.get():
            raise KeyError("no_speech_prob")

        if no_speech_prob is None or no_speech_prob is UNSET:
            if no_speech_prob is UNSET:
                _none_flips += ("no_speech_prob",)
            no_speech_prob = None

        transcription_segment = cls(
            id=id,
            seek=seek,
            start=start,
            end=end,
            text=text,
            tokens=tokens,
            temperature=temperature,
            avg_logprob=avg_logprob,
            compression_ratio=compression_ratio,
            no_speech_prob=no_speech_prob,
        )
        if _none_flips:
            transcription_segment._none_flips = _none_flips

        transcription_segment.additional_properties = d
        return transcription_segment

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
