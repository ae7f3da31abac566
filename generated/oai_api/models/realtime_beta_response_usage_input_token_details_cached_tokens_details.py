from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr, strict_parsing

T = TypeVar("T", bound="RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails")


@_attrs_define
class RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails:
    text_tokens: int | None = None
    image_tokens: int | None = None
    audio_tokens: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_text_tokens = (
            self.text_tokens
            if self.text_tokens is not None or "text_tokens" in self._none_flips
            else UNSET
        )

        text_tokens = _v_text_tokens

        _v_image_tokens = (
            self.image_tokens
            if self.image_tokens is not None or "image_tokens" in self._none_flips
            else UNSET
        )

        image_tokens = _v_image_tokens

        _v_audio_tokens = (
            self.audio_tokens
            if self.audio_tokens is not None or "audio_tokens" in self._none_flips
            else UNSET
        )

        audio_tokens = _v_audio_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if text_tokens is not UNSET:
            field_dict["text_tokens"] = text_tokens
        if image_tokens is not UNSET:
            field_dict["image_tokens"] = image_tokens
        if audio_tokens is not UNSET:
            field_dict["audio_tokens"] = audio_tokens

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        text_tokens = d.pop("text_tokens", UNSET)
        if text_tokens is None and strict_parsing.get():
            raise TypeError("text_tokens")

        if text_tokens is None or text_tokens is UNSET:
            if text_tokens is None:
                _none_flips += ("text_tokens",)
            text_tokens = None

        image_tokens = d.pop("image_tokens", UNSET)
        if image_tokens is None and strict_parsing.get():
            raise TypeError("image_tokens")

        if image_tokens is None or image_tokens is UNSET:
            if image_tokens is None:
                _none_flips += ("image_tokens",)
            image_tokens = None

        audio_tokens = d.pop("audio_tokens", UNSET)
        if audio_tokens is None and strict_parsing.get():
            raise TypeError("audio_tokens")

        if audio_tokens is None or audio_tokens is UNSET:
            if audio_tokens is None:
                _none_flips += ("audio_tokens",)
            audio_tokens = None

        realtime_beta_response_usage_input_token_details_cached_tokens_details = cls(
            text_tokens=text_tokens,
            image_tokens=image_tokens,
            audio_tokens=audio_tokens,
        )
        if _none_flips:
            realtime_beta_response_usage_input_token_details_cached_tokens_details._none_flips = _none_flips

        realtime_beta_response_usage_input_token_details_cached_tokens_details.additional_properties = d
        return realtime_beta_response_usage_input_token_details_cached_tokens_details

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
