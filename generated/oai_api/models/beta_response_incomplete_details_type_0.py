from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_response_incomplete_details_type_0_reason import (
    BetaResponseIncompleteDetailsType0Reason,
    check_beta_response_incomplete_details_type_0_reason,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="BetaResponseIncompleteDetailsType0")


@_attrs_define
class BetaResponseIncompleteDetailsType0:
    reason: BetaResponseIncompleteDetailsType0Reason | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_reason = (
            self.reason
            if self.reason is not None or "reason" in self._none_flips
            else UNSET
        )

        if _v_reason is None or isinstance(_v_reason, Unset):
            reason = _v_reason
        else:
            reason: str | Unset = UNSET
            if not isinstance(_v_reason, Unset):
                reason = _v_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _reason_raw = d.pop("reason", UNSET)
        if _reason_raw is None or isinstance(_reason_raw, Unset):
            if _reason_raw is None and strict_parsing.get():
                raise TypeError("reason")

            if _reason_raw is None:
                _none_flips += ("reason",)
            reason = None

        else:
            try:
                _reason = _reason_raw
                reason: BetaResponseIncompleteDetailsType0Reason | Unset
                if isinstance(_reason, Unset):
                    reason = UNSET
                else:
                    reason = check_beta_response_incomplete_details_type_0_reason(
                        _reason
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                reason = _reason_raw

        beta_response_incomplete_details_type_0 = cls(
            reason=reason,
        )
        if _none_flips:
            beta_response_incomplete_details_type_0._none_flips = _none_flips

        beta_response_incomplete_details_type_0.additional_properties = d
        return beta_response_incomplete_details_type_0

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
