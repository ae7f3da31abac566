from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr, strict_parsing

T = TypeVar("T", bound="CostsResultAmount")


@_attrs_define
class CostsResultAmount:
    value: float | None = None
    currency: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_value = (
            self.value
            if self.value is not None or "value" in self._none_flips
            else UNSET
        )

        value = _v_value

        _v_currency = (
            self.currency
            if self.currency is not None or "currency" in self._none_flips
            else UNSET
        )

        currency = _v_currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if value is not UNSET:
            field_dict["value"] = value
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        value = d.pop("value", UNSET)
        if value is None and strict_parsing.get():
            raise TypeError("value")

        if value is None or value is UNSET:
            if value is None:
                _none_flips += ("value",)
            value = None

        currency = d.pop("currency", UNSET)
        if currency is None and strict_parsing.get():
            raise TypeError("currency")

        if currency is None or currency is UNSET:
            if currency is None:
                _none_flips += ("currency",)
            currency = None

        costs_result_amount = cls(
            value=value,
            currency=currency,
        )
        if _none_flips:
            costs_result_amount._none_flips = _none_flips

        costs_result_amount.additional_properties = d
        return costs_result_amount

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
