from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_create_client_secret_request_expires_after_anchor import (
    RealtimeCreateClientSecretRequestExpiresAfterAnchor,
    check_realtime_create_client_secret_request_expires_after_anchor,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="RealtimeCreateClientSecretRequestExpiresAfter")


@_attrs_define
class RealtimeCreateClientSecretRequestExpiresAfter:
    """When the secret stops working for starting new sessions; sessions already running continue, and one secret may start
    many.

    """

    anchor: RealtimeCreateClientSecretRequestExpiresAfterAnchor | None = None
    """ Start point of the expiry countdown; only `created_at` (the default) is allowed. """
    seconds: int | None = None
    """ Lifetime of the secret in seconds after the anchor, 10 to 7200; default 600 (10 minutes). """
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

        _v_seconds = (
            self.seconds
            if self.seconds is not None or "seconds" in self._none_flips
            else UNSET
        )

        seconds = _v_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if anchor is not UNSET:
            field_dict["anchor"] = anchor
        if seconds is not UNSET:
            field_dict["seconds"] = seconds

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
            _anchor = _anchor_raw
            anchor: RealtimeCreateClientSecretRequestExpiresAfterAnchor | Unset
            if isinstance(_anchor, Unset):
                anchor = UNSET
            else:
                anchor = (
                    check_realtime_create_client_secret_request_expires_after_anchor(
                        _anchor
                    )
                )

        seconds = d.pop("seconds", UNSET)
        if seconds is None and strict_parsing.get():
            raise TypeError("seconds")

        if seconds is None or seconds is UNSET:
            if seconds is None:
                _none_flips += ("seconds",)
            seconds = None

        realtime_create_client_secret_request_expires_after = cls(
            anchor=anchor,
            seconds=seconds,
        )
        if _none_flips:
            realtime_create_client_secret_request_expires_after._none_flips = (
                _none_flips
            )

        realtime_create_client_secret_request_expires_after.additional_properties = d
        return realtime_create_client_secret_request_expires_after

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
