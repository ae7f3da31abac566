from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.container_resource_expires_after_anchor import (
    ContainerResourceExpiresAfterAnchor,
    check_container_resource_expires_after_anchor,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="ContainerResourceExpiresAfter")


@_attrs_define
class ContainerResourceExpiresAfter:
    anchor: ContainerResourceExpiresAfterAnchor | None = None
    minutes: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_anchor = (
            self.anchor
            if self.anchor is not None or "anchor" in self._none_flips
            else UNSET
        )

        if _v_anchor is None or isinstance(_v_anchor, Unset):
            anchor = _v_anchor
        else:
            anchor: str | Unset = UNSET
            if not isinstance(_v_anchor, Unset):
                anchor = _v_anchor

        _v_minutes = (
            self.minutes
            if self.minutes is not None or "minutes" in self._none_flips
            else UNSET
        )

        minutes = _v_minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if anchor is not UNSET:
            field_dict["anchor"] = anchor
        if minutes is not UNSET:
            field_dict["minutes"] = minutes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _anchor_raw = d.pop("anchor", UNSET)
        if _anchor_raw is None or isinstance(_anchor_raw, Unset):
            if _anchor_raw is None and strict_parsing.get():
                raise TypeError("anchor")

            if _anchor_raw is None:
                _none_flips += ("anchor",)
            anchor = None

        else:
            try:
                _anchor = _anchor_raw
                anchor: ContainerResourceExpiresAfterAnchor | Unset
                if isinstance(_anchor, Unset):
                    anchor = UNSET
                else:
                    anchor = check_container_resource_expires_after_anchor(_anchor)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                anchor = _anchor_raw

        minutes = d.pop("minutes", UNSET)
        if minutes is None and strict_parsing.get():
            raise TypeError("minutes")

        if minutes is None or minutes is UNSET:
            if minutes is None:
                _none_flips += ("minutes",)
            minutes = None

        container_resource_expires_after = cls(
            anchor=anchor,
            minutes=minutes,
        )
        if _none_flips:
            container_resource_expires_after._none_flips = _none_flips

        container_resource_expires_after.additional_properties = d
        return container_resource_expires_after

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
