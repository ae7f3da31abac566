from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_beta_server_event_rate_limits_updated_rate_limits_item_name import (
    RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName,
    check_realtime_beta_server_event_rate_limits_updated_rate_limits_item_name,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem")


@_attrs_define
class RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem:
    name: RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName | None = None
    limit: int | None = None
    remaining: int | None = None
    reset_seconds: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_name = (
            self.name if self.name is not None or "name" in self._none_flips else UNSET
        )

        if _v_name is None or isinstance(_v_name, Unset):
            name = _v_name
        else:
            name: str | Unset = UNSET
            if not isinstance(_v_name, Unset):
                name = _v_name

        _v_limit = (
            self.limit
            if self.limit is not None or "limit" in self._none_flips
            else UNSET
        )

        limit = _v_limit

        _v_remaining = (
            self.remaining
            if self.remaining is not None or "remaining" in self._none_flips
            else UNSET
        )

        remaining = _v_remaining

        _v_reset_seconds = (
            self.reset_seconds
            if self.reset_seconds is not None or "reset_seconds" in self._none_flips
            else UNSET
        )

        reset_seconds = _v_reset_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if name is not UNSET:
            field_dict["name"] = name
        if limit is not UNSET:
            field_dict["limit"] = limit
        if remaining is not UNSET:
            field_dict["remaining"] = remaining
        if reset_seconds is not UNSET:
            field_dict["reset_seconds"] = reset_seconds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _name_raw = d.pop("name", UNSET)
        if _name_raw is None or isinstance(_name_raw, Unset):
            if _name_raw is None and strict_parsing.get():
                raise TypeError("name")

            if _name_raw is None:
                _none_flips += ("name",)
            name = None

        else:
            try:
                _name = _name_raw
                name: RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName | Unset
                if isinstance(_name, Unset):
                    name = UNSET
                else:
                    name = check_realtime_beta_server_event_rate_limits_updated_rate_limits_item_name(
                        _name
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                name = _name_raw

        limit = d.pop("limit", UNSET)
        if limit is None and strict_parsing.get():
            raise TypeError("limit")

        if limit is None or limit is UNSET:
            if limit is None:
                _none_flips += ("limit",)
            limit = None

        remaining = d.pop("remaining", UNSET)
        if remaining is None and strict_parsing.get():
            raise TypeError("remaining")

        if remaining is None or remaining is UNSET:
            if remaining is None:
                _none_flips += ("remaining",)
            remaining = None

        reset_seconds = d.pop("reset_seconds", UNSET)
        if reset_seconds is None and strict_parsing.get():
            raise TypeError("reset_seconds")

        if reset_seconds is None or reset_seconds is UNSET:
            if reset_seconds is None:
                _none_flips += ("reset_seconds",)
            reset_seconds = None

        realtime_beta_server_event_rate_limits_updated_rate_limits_item = cls(
            name=name,
            limit=limit,
            remaining=remaining,
            reset_seconds=reset_seconds,
        )
        if _none_flips:
            realtime_beta_server_event_rate_limits_updated_rate_limits_item._none_flips = _none_flips

        realtime_beta_server_event_rate_limits_updated_rate_limits_item.additional_properties = d
        return realtime_beta_server_event_rate_limits_updated_rate_limits_item

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
