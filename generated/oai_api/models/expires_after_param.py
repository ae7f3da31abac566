from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.expires_after_param_anchor import (
    ExpiresAfterParamAnchor,
    check_expires_after_param_anchor,
)
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ExpiresAfterParam")


@_attrs_define
class ExpiresAfterParam:
    """Session lifetime, counted in seconds from an anchor time."""

    anchor: ExpiresAfterParamAnchor
    """ Time the lifetime counts from; always `created_at`. """
    seconds: int
    """ Session lifetime in seconds past the anchor, 1 to 600. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_anchor = (
            self.anchor
            if self.anchor is not None or "anchor" not in self._none_flips
            else UNSET
        )

        if _v_anchor is None or isinstance(_v_anchor, Unset):
            anchor = _v_anchor
        else:
            anchor: str = _v_anchor

        _v_seconds = (
            self.seconds
            if self.seconds is not None or "seconds" not in self._none_flips
            else UNSET
        )

        seconds = _v_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "anchor": anchor,
                    "seconds": seconds,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _anchor_raw = d.pop("anchor", UNSET)
        if _anchor_raw is None or isinstance(_anchor_raw, Unset):
            raise KeyError("ExpiresAfterParam: required field anchor is missing")

        else:
            anchor = check_expires_after_param_anchor(_anchor_raw)

        seconds = d.pop("seconds", UNSET)
        if seconds is None or isinstance(seconds, Unset):
            raise KeyError("ExpiresAfterParam: required field seconds is missing")

        if seconds is None or seconds is UNSET:
            if seconds is UNSET:
                _none_flips += ("seconds",)
            seconds = None

        expires_after_param = cls(
            anchor=anchor,
            seconds=seconds,
        )
        if _none_flips:
            expires_after_param._none_flips = _none_flips

        expires_after_param.additional_properties = d
        return expires_after_param

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
