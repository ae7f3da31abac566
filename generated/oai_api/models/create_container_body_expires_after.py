from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_container_body_expires_after_anchor import (
    CreateContainerBodyExpiresAfterAnchor,
    check_create_container_body_expires_after_anchor,
)
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="CreateContainerBodyExpiresAfter")


@_attrs_define
class CreateContainerBodyExpiresAfter:
    """Idle timeout: the container expires this many `minutes` after the `anchor` time."""

    anchor: CreateContainerBodyExpiresAfterAnchor
    """ Time the timeout counts from; only `last_active_at` is accepted. """
    minutes: int
    """ Minutes after the anchor at which the container expires. """
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

        _v_minutes = (
            self.minutes
            if self.minutes is not None or "minutes" not in self._none_flips
            else UNSET
        )

        minutes = _v_minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "anchor": anchor,
                    "minutes": minutes,
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
            raise KeyError(
                "CreateContainerBodyExpiresAfter: required field anchor is missing"
            )

        else:
            anchor = check_create_container_body_expires_after_anchor(_anchor_raw)

        minutes = d.pop("minutes", UNSET)
        if minutes is None or isinstance(minutes, Unset):
            raise KeyError(
                "CreateContainerBodyExpiresAfter: required field minutes is missing"
            )

        if minutes is None or minutes is UNSET:
            if minutes is UNSET:
                _none_flips += ("minutes",)
            minutes = None

        create_container_body_expires_after = cls(
            anchor=anchor,
            minutes=minutes,
        )
        if _none_flips:
            create_container_body_expires_after._none_flips = _none_flips

        create_container_body_expires_after.additional_properties = d
        return create_container_body_expires_after

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
