from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr, strict_parsing

T = TypeVar("T", bound="RealtimeTranslationSessionUpdateRequestAudioOutput")


@_attrs_define
class RealtimeTranslationSessionUpdateRequestAudioOutput:
    language: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_language = (
            self.language
            if self.language is not None or "language" in self._none_flips
            else UNSET
        )

        language = _v_language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        language = d.pop("language", UNSET)
        if language is None and strict_parsing.get():
            raise TypeError("language")

        if language is None or language is UNSET:
            if language is None:
                _none_flips += ("language",)
            language = None

        realtime_translation_session_update_request_audio_output = cls(
            language=language,
        )
        if _none_flips:
            realtime_translation_session_update_request_audio_output._none_flips = (
                _none_flips
            )

        realtime_translation_session_update_request_audio_output.additional_properties = d
        return realtime_translation_session_update_request_audio_output

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
