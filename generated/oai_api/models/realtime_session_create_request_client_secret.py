from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="RealtimeSessionCreateRequestClientSecret")


@_attrs_define
class RealtimeSessionCreateRequestClientSecret:
    """The ephemeral key issued for this session."""

    value: str
    """ Token for authenticating Realtime connections from browsers or apps, so the real API key stays on the
    server. """
    expires_at: int
    """ When the token expires, Unix time in seconds; tokens currently last one minute. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_value = (
            self.value
            if self.value is not None or "value" not in self._none_flips
            else UNSET
        )

        value = _v_value

        _v_expires_at = (
            self.expires_at
            if self.expires_at is not None or "expires_at" not in self._none_flips
            else UNSET
        )

        expires_at = _v_expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "value": value,
                    "expires_at": expires_at,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        value = d.pop("value", UNSET)
        if value is None or isinstance(value, Unset):
            raise KeyError(
                "RealtimeSessionCreateRequestClientSecret: required field value is missing"
            )

        if value is None or value is UNSET:
            if value is UNSET:
                _none_flips += ("value",)
            value = None

        expires_at = d.pop("expires_at", UNSET)
        if expires_at is None or isinstance(expires_at, Unset):
            raise KeyError(
                "RealtimeSessionCreateRequestClientSecret: required field expires_at is missing"
            )

        if expires_at is None or expires_at is UNSET:
            if expires_at is UNSET:
                _none_flips += ("expires_at",)
            expires_at = None

        realtime_session_create_request_client_secret = cls(
            value=value,
            expires_at=expires_at,
        )
        if _none_flips:
            realtime_session_create_request_client_secret._none_flips = _none_flips

        realtime_session_create_request_client_secret.additional_properties = d
        return realtime_session_create_request_client_secret

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
