from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_prompt_cache_mode_enum import (
    BetaPromptCacheModeEnum,
    check_beta_prompt_cache_mode_enum,
)
from ..models.beta_prompt_cache_ttl_enum import (
    BetaPromptCacheTTLEnum,
    check_beta_prompt_cache_ttl_enum,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="BetaPromptCacheOptions")


@_attrs_define
class BetaPromptCacheOptions:
    """Prompt caching settings that took effect for this response (`gpt-5.6` and later)."""

    ttl: BetaPromptCacheTTLEnum
    """ Cache lifetime; only `30m` is available. """
    mode: BetaPromptCacheModeEnum
    """ Prompt caching mode: `implicit` (automatic breakpoint) or `explicit` (only your breakpoints). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_ttl = (
            self.ttl if self.ttl is not None or "ttl" not in self._none_flips else UNSET
        )

        if _v_ttl is None or isinstance(_v_ttl, Unset):
            ttl = _v_ttl
        else:
            ttl: str = _v_ttl

        _v_mode = (
            self.mode
            if self.mode is not None or "mode" not in self._none_flips
            else UNSET
        )

        if _v_mode is None or isinstance(_v_mode, Unset):
            mode = _v_mode
        else:
            mode: str = _v_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "ttl": ttl,
                    "mode": mode,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _ttl_raw = d.pop("ttl", UNSET)
        if _ttl_raw is None or isinstance(_ttl_raw, Unset):
            if strict_parsing.get():
                raise KeyError("ttl")

            if _ttl_raw is UNSET:
                _none_flips += ("ttl",)
            ttl = None

        else:
            try:
                ttl = check_beta_prompt_cache_ttl_enum(_ttl_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                ttl = _ttl_raw

        _mode_raw = d.pop("mode", UNSET)
        if _mode_raw is None or isinstance(_mode_raw, Unset):
            if strict_parsing.get():
                raise KeyError("mode")

            if _mode_raw is UNSET:
                _none_flips += ("mode",)
            mode = None

        else:
            try:
                mode = check_beta_prompt_cache_mode_enum(_mode_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                mode = _mode_raw

        beta_prompt_cache_options = cls(
            ttl=ttl,
            mode=mode,
        )
        if _none_flips:
            beta_prompt_cache_options._none_flips = _none_flips

        beta_prompt_cache_options.additional_properties = d
        return beta_prompt_cache_options

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
