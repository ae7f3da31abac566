from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

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
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_word = (
            self.word
            if self.word is not None or "word" not in self._none_flips
            else UNSET
        )

        word = _v_word

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
        _none_flips: tuple[str, ...] = ()
        word = d.pop("word", UNSET)
        if (word is None or isinstance(word, Unset)) and strict_parsing.get():
            raise KeyError("word")

        if word is None or word is UNSET:
            if word is UNSET:
                _none_flips += ("word",)
            word = None

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

        transcription_word = cls(
            word=word,
            start=start,
            end=end,
        )
        if _none_flips:
            transcription_word._none_flips = _none_flips

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
