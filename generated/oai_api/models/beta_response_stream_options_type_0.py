from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr, strict_parsing

T = TypeVar("T", bound="BetaResponseStreamOptionsType0")


@_attrs_define
class BetaResponseStreamOptionsType0:
    include_obfuscation: bool | None = None
    """ Pad streamed delta events with random `obfuscation` text against side-channel attacks (on by default); false
    saves bandwidth. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_include_obfuscation = (
            self.include_obfuscation
            if self.include_obfuscation is not None
            or "include_obfuscation" in self._none_flips
            else UNSET
        )

        include_obfuscation = _v_include_obfuscation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if include_obfuscation is not UNSET:
            field_dict["include_obfuscation"] = include_obfuscation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        include_obfuscation = d.pop("include_obfuscation", UNSET)
        if include_obfuscation is None and strict_parsing.get():
            raise TypeError("include_obfuscation")

        if include_obfuscation is None or include_obfuscation is UNSET:
            if include_obfuscation is None:
                _none_flips += ("include_obfuscation",)
            include_obfuscation = None

        beta_response_stream_options_type_0 = cls(
            include_obfuscation=include_obfuscation,
        )
        if _none_flips:
            beta_response_stream_options_type_0._none_flips = _none_flips

        beta_response_stream_options_type_0.additional_properties = d
        return beta_response_stream_options_type_0

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
