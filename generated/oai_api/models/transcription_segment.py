from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, strict_parsing

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

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        seek = self.seek

        start = self.start

        end = self.end

        text = self.text

        if not isinstance(self.tokens, list):
            tokens = self.tokens
        else:
            tokens = self.tokens

        temperature = self.temperature

        avg_logprob = self.avg_logprob

        compression_ratio = self.compression_ratio

        no_speech_prob = self.no_speech_prob

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
        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        seek = d.pop("seek", UNSET)
        if (seek is None or isinstance(seek, Unset)) and strict_parsing.get():
            raise KeyError("seek")

        start = d.pop("start", UNSET)
        if (start is None or isinstance(start, Unset)) and strict_parsing.get():
            raise KeyError("start")

        end = d.pop("end", UNSET)
        if (end is None or isinstance(end, Unset)) and strict_parsing.get():
            raise KeyError("end")

        text = d.pop("text", UNSET)
        if (text is None or isinstance(text, Unset)) and strict_parsing.get():
            raise KeyError("text")

        _tokens_raw = d.pop("tokens", UNSET)
        if _tokens_raw is None or isinstance(_tokens_raw, Unset):
            if strict_parsing.get():
                raise KeyError("tokens")

            tokens = _tokens_raw
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

        avg_logprob = d.pop("avg_logprob", UNSET)
        if (
            avg_logprob is None or isinstance(avg_logprob, Unset)
        ) and strict_parsing.get():
            raise KeyError("avg_logprob")

        compression_ratio = d.pop("compression_ratio", UNSET)
        if (
            compression_ratio is None or isinstance(compression_ratio, Unset)
        ) and strict_parsing.get():
            raise KeyError("compression_ratio")

        no_speech_prob = d.pop("no_speech_prob", UNSET)
        if (
            no_speech_prob is None or isinstance(no_speech_prob, Unset)
        ) and strict_parsing.get():
            raise KeyError("no_speech_prob")

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
