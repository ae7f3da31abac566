from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="ChatSessionRateLimits")


@_attrs_define
class ChatSessionRateLimits:
    """Request limit per minute in force for the session."""

    max_requests_per_1_minute: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_max_requests_per_1_minute = (
            self.max_requests_per_1_minute
            if self.max_requests_per_1_minute is not None
            or "max_requests_per_1_minute" not in self._none_flips
            else UNSET
        )

        max_requests_per_1_minute = _v_max_requests_per_1_minute

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "max_requests_per_1_minute": max_requests_per_1_minute,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        max_requests_per_1_minute = d.pop("max_requests_per_1_minute", UNSET)
        if (
            max_requests_per_1_minute is None
            or isinstance(max_requests_per_1_minute, Unset)
        ) and strict_parsing.get():
            raise KeyError("max_requests_per_1_minute")

        if max_requests_per_1_minute is None or max_requests_per_1_minute is UNSET:
            if max_requests_per_1_minute is UNSET:
                _none_flips += ("max_requests_per_1_minute",)
            max_requests_per_1_minute = None

        chat_session_rate_limits = cls(
            max_requests_per_1_minute=max_requests_per_1_minute,
        )
        if _none_flips:
            chat_session_rate_limits._none_flips = _none_flips

        chat_session_rate_limits.additional_properties = d
        return chat_session_rate_limits

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
