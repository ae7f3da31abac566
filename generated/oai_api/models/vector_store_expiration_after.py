from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vector_store_expiration_after_anchor import (
    VectorStoreExpirationAfterAnchor,
    check_vector_store_expiration_after_anchor,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="VectorStoreExpirationAfter")


@_attrs_define
class VectorStoreExpirationAfter:
    """When a vector store expires: a number of days after an anchor time."""

    anchor: VectorStoreExpirationAfterAnchor
    """ Time the expiry counts from; only `last_active_at` is accepted. """
    days: int
    """ Days after the anchor until the store expires, 1 to 365. """
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

        _v_days = (
            self.days
            if self.days is not None or "days" not in self._none_flips
            else UNSET
        )

        days = _v_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "anchor": anchor,
                    "days": days,
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
            if strict_parsing.get():
                raise KeyError("anchor")

            if _anchor_raw is UNSET:
                _none_flips += ("anchor",)
            anchor = None

        else:
            try:
                anchor = check_vector_store_expiration_after_anchor(_anchor_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                anchor = _anchor_raw

        days = d.pop("days", UNSET)
        if (days is None or isinstance(days, Unset)) and strict_parsing.get():
            raise KeyError("days")

        if days is None or days is UNSET:
            if days is UNSET:
                _none_flips += ("days",)
            days = None

        vector_store_expiration_after = cls(
            anchor=anchor,
            days=days,
        )
        if _none_flips:
            vector_store_expiration_after._none_flips = _none_flips

        vector_store_expiration_after.additional_properties = d
        return vector_store_expiration_after

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
