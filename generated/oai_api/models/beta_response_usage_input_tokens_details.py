from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="BetaResponseUsageInputTokensDetails")


@_attrs_define
class BetaResponseUsageInputTokensDetails:
    cached_tokens: int
    cache_write_tokens: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_cached_tokens = (
            self.cached_tokens
            if self.cached_tokens is not None or "cached_tokens" not in self._none_flips
            else UNSET
        )

        cached_tokens = _v_cached_tokens

        _v_cache_write_tokens = (
            self.cache_write_tokens
            if self.cache_write_tokens is not None
            or "cache_write_tokens" not in self._none_flips
            else UNSET
        )

        cache_write_tokens = _v_cache_write_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "cached_tokens": cached_tokens,
                    "cache_write_tokens": cache_write_tokens,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        cached_tokens = d.pop("cached_tokens", UNSET)
        if (
            cached_tokens is None or isinstance(cached_tokens, Unset)
        ) and strict_parsing.get():
            raise KeyError("cached_tokens")

        if cached_tokens is None or cached_tokens is UNSET:
            if cached_tokens is UNSET:
                _none_flips += ("cached_tokens",)
            cached_tokens = None

        cache_write_tokens = d.pop("cache_write_tokens", UNSET)
        if (
            cache_write_tokens is None or isinstance(cache_write_tokens, Unset)
        ) and strict_parsing.get():
            raise KeyError("cache_write_tokens")

        if cache_write_tokens is None or cache_write_tokens is UNSET:
            if cache_write_tokens is UNSET:
                _none_flips += ("cache_write_tokens",)
            cache_write_tokens = None

        beta_response_usage_input_tokens_details = cls(
            cached_tokens=cached_tokens,
            cache_write_tokens=cache_write_tokens,
        )
        if _none_flips:
            beta_response_usage_input_tokens_details._none_flips = _none_flips

        beta_response_usage_input_tokens_details.additional_properties = d
        return beta_response_usage_input_tokens_details

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
