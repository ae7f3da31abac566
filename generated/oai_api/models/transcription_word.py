from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, strict_parsing

T = TypeVar("T", bound="TranscriptionWord")


@_attrs_define
class TranscriptionWord:
    """One transcribed word with its start and end time."""

    word: str
    """ The word. """
    start: float
    """ Start time in seconds. """
    end: float
    """ End time in seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        word = self.word

        start = self.start

        end = self.end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "word": word,
                    "start": start,
                    "end": end,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        word = d.pop("word", UNSET)
        if (word is None or isinstance(word, Unset)) and strict_parsing.get():
            raise KeyError("word")

        start = d.pop("start", UNSET)
        if (start is None or isinstance(start, Unset)) and strict_parsing.get():
            raise KeyError("start")

        end = d.pop("end", UNSET)
        if (end is None or isinstance(end, Unset)) and strict_parsing.get():
            raise KeyError("end")

        transcription_word = cls(
            word=word,
            start=start,
            end=end,
        )

        transcription_word.additional_properties = d
        return transcription_word

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
