from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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

        seek = d.pop("seek", UNSET)

        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        text = d.pop("text", UNSET)

        _tokens_raw = d.pop("tokens", UNSET)
        if _tokens_raw is None or isinstance(_tokens_raw, Unset):
            tokens = cast(Any, _tokens_raw)
        else:
            try:
                tokens = cast(list[int], _tokens_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                tokens = cast(Any, _tokens_raw)

        temperature = d.pop("temperature", UNSET)

        avg_logprob = d.pop("avg_logprob", UNSET)

        compression_ratio = d.pop("compression_ratio", UNSET)

        no_speech_prob = d.pop("no_speech_prob", UNSET)

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
