from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="TranscriptionLanguage")


@_attrs_define
class TranscriptionLanguage:
    """One language the model heard in the audio."""

    code: str
    """ Language code (ISO-639-1). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_code = (
            self.code
            if self.code is not None or "code" not in self._none_flips
            else UNSET
        )

        code = _v_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "code": code,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        code = d.pop("code", UNSET)
        if (code is None or isinstance(code, Unset)) and strict_parsing.get():
            raise KeyError("code")

        if code is None or code is UNSET:
            if code is UNSET:
                _none_flips += ("code",)
            code = None

        transcription_language = cls(
            code=code,
        )
        if _none_flips:
            transcription_language._none_flips = _none_flips

        transcription_language.additional_properties = d
        return transcription_language

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
