from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="RealtimeCallReferRequest")


@_attrs_define
class RealtimeCallReferRequest:
    """Body for transferring a SIP call to another destination."""

    target_uri: str
    """ SIP Refer-To target, e.g. `tel:+14155550123` or `sip:agent@example.com`, where the caller is sent. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_target_uri = (
            self.target_uri
            if self.target_uri is not None or "target_uri" not in self._none_flips
            else UNSET
        )

        target_uri = _v_target_uri

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                k: v
                for k, v in {
                    "target_uri": target_uri,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        target_uri = d.pop("target_uri", UNSET)
        if target_uri is None or isinstance(target_uri, Unset):
            raise KeyError(
                "RealtimeCallReferRequest: required field target_uri is missing"
            )

        if target_uri is None or target_uri is UNSET:
            if target_uri is UNSET:
                _none_flips += ("target_uri",)
            target_uri = None

        realtime_call_refer_request = cls(
            target_uri=target_uri,
        )
        if _none_flips:
            realtime_call_refer_request._none_flips = _none_flips

        return realtime_call_refer_request
