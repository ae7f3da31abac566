from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.prompt_cache_breakpoint_config_mode import (
    PromptCacheBreakpointConfigMode,
    check_prompt_cache_breakpoint_config_mode,
)
from ..types import UNSET, Unset, strict_parsing

T = TypeVar("T", bound="PromptCacheBreakpointConfig")


@_attrs_define
class PromptCacheBreakpointConfig:
    """Marks the end of a reusable prompt prefix for caching."""

    mode: PromptCacheBreakpointConfigMode
    """ Breakpoint mode; only `explicit`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self.mode is None or isinstance(self.mode, Unset):
            mode = self.mode
        else:
            mode: str = self.mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "mode": mode,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _mode_raw = d.pop("mode", UNSET)
        if _mode_raw is None or isinstance(_mode_raw, Unset):
            if strict_parsing.get():
                raise KeyError("mode")

            mode = _mode_raw
        else:
            try:
                mode = check_prompt_cache_breakpoint_config_mode(_mode_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                mode = _mode_raw

        prompt_cache_breakpoint_config = cls(
            mode=mode,
        )

        prompt_cache_breakpoint_config.additional_properties = d
        return prompt_cache_breakpoint_config

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
