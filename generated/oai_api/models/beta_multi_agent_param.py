from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="BetaMultiAgentParam")


@_attrs_define
class BetaMultiAgentParam:
    """Settings for letting the server run a tree of subagents for this response."""

    enabled: bool
    """ True turns on server-run multi-agent execution. """
    max_concurrent_subagents: int | None = None
    """ Cap on subagents running at once across the whole tree, root excluded; at least 1, default 3, no upper
    limit. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_enabled = (
            self.enabled
            if self.enabled is not None or "enabled" not in self._none_flips
            else UNSET
        )

        enabled = _v_enabled

        _v_max_concurrent_subagents = (
            self.max_concurrent_subagents
            if self.max_concurrent_subagents is not None
            or "max_concurrent_subagents" in self._none_flips
            else UNSET
        )

        max_concurrent_subagents = _v_max_concurrent_subagents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "enabled": enabled,
                }.items()
                if v is not UNSET
            }
        )
        if max_concurrent_subagents is not UNSET:
            field_dict["max_concurrent_subagents"] = max_concurrent_subagents

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        enabled = d.pop("enabled", UNSET)
        if enabled is None or isinstance(enabled, Unset):
            raise KeyError("BetaMultiAgentParam: required field enabled is missing")

        if enabled is None or enabled is UNSET:
            if enabled is UNSET:
                _none_flips += ("enabled",)
            enabled = None

        max_concurrent_subagents = d.pop("max_concurrent_subagents", UNSET)
        if max_concurrent_subagents is None and strict_parsing.get():
            raise TypeError("max_concurrent_subagents")

        if max_concurrent_subagents is None or max_concurrent_subagents is UNSET:
            if max_concurrent_subagents is None:
                _none_flips += ("max_concurrent_subagents",)
            max_concurrent_subagents = None

        beta_multi_agent_param = cls(
            enabled=enabled,
            max_concurrent_subagents=max_concurrent_subagents,
        )
        if _none_flips:
            beta_multi_agent_param._none_flips = _none_flips

        beta_multi_agent_param.additional_properties = d
        return beta_multi_agent_param

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
