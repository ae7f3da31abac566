from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_expiration_after_anchor import (
    FileExpirationAfterAnchor,
    check_file_expiration_after_anchor,
)
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="FileExpirationAfter")


@_attrs_define
class FileExpirationAfter:
    """Expiry rule for an uploaded file, counted from its creation."""

    anchor: FileExpirationAfterAnchor
    """ Timestamp the expiry counts from: the file's creation. """
    seconds: int
    """ Lifetime in seconds, 3600 (1 hour) to 2592000 (30 days). """
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
            raise KeyError("FileExpirationAfter: required field anchor is missing")

        else:
            anchor = check_file_expiration_after_anchor(_anchor_raw)

        seconds = d.pop("seconds", UNSET)
        if seconds is None or isinstance(seconds, Unset):
            raise KeyError("FileExpirationAfter: required field seconds is missing")

        if seconds is None or seconds is UNSET:
            if seconds is UNSET:
                _none_flips += ("seconds",)
            seconds = None

        file_expiration_after = cls(
            anchor=anchor,
            seconds=seconds,
        )
        if _none_flips:
            file_expiration_after._none_flips = _none_flips

        file_expiration_after.additional_properties = d
        return file_expiration_after

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
