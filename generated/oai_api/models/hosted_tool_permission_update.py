from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="HostedToolPermissionUpdate")


@_attrs_define
class HostedToolPermissionUpdate:
    """New on/off setting for one hosted tool."""

    enabled: bool
    """ `true` to allow the tool in the project, `false` to block it. """
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        enabled = d.pop("enabled", UNSET)
        if enabled is None or isinstance(enabled, Unset):
            raise KeyError(
                "HostedToolPermissionUpdate: required field enabled is missing"
            )

        if enabled is None or enabled is UNSET:
            if enabled is UNSET:
                _none_flips += ("enabled",)
            enabled = None

        hosted_tool_permission_update = cls(
            enabled=enabled,
        )
        if _none_flips:
            hosted_tool_permission_update._none_flips = _none_flips

        hosted_tool_permission_update.additional_properties = d
        return hosted_tool_permission_update

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
