from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr, strict_parsing

T = TypeVar("T", bound="RealtimeCallRejectRequest")


@_attrs_define
class RealtimeCallRejectRequest:
    """Body for declining an incoming SIP call."""

    status_code: int | None = None
    """ SIP status code returned to the caller; `603` (Decline) if left out. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_status_code = (
            self.status_code
            if self.status_code is not None or "status_code" in self._none_flips
            else UNSET
        )

        status_code = _v_status_code

        field_dict: dict[str, Any] = {}

        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if status_code is not UNSET:
            field_dict["status_code"] = status_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        status_code = d.pop("status_code", UNSET)
        if status_code is None and strict_parsing.get():
            raise TypeError("status_code")

        if status_code is None or status_code is UNSET:
            if status_code is None:
                _none_flips += ("status_code",)
            status_code = None

        realtime_call_reject_request = cls(
            status_code=status_code,
        )
        if _none_flips:
            realtime_call_reject_request._none_flips = _none_flips

        return realtime_call_reject_request
