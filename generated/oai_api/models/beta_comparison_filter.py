from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_comparison_filter_type import (
    BetaComparisonFilterType,
    check_beta_comparison_filter_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="BetaComparisonFilter")


@_attrs_define
class BetaComparisonFilter:
    """Compare one file attribute with a value."""

    type_: BetaComparisonFilterType
    """ Operator: `eq`, `ne`, `gt`, `gte`, `lt`, `lte`, `in` (value in list) or `nin` (not in list); default `eq`.
    """
    key: str
    """ Attribute to compare. """
    value: bool | float | list[float | str] | str
    """ Value to compare with: a string, number or boolean, or a list for `in` and `nin`. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_key = (
            self.key if self.key is not None or "key" not in self._none_flips else UNSET
        )

        key = _v_key

        _v_value = (
            self.value
            if self.value is not None or "value" not in self._none_flips
            else UNSET
        )

        if _v_value is None or isinstance(_v_value, Unset):
            value = _v_value
        else:
            value: bool | float | list[float | str] | str
            if isinstance(_v_value, list):
                value = []
                for value_type_3_item_data in _v_value:
                    value_type_3_item: float | str
                    value_type_3_item = value_type_3_item_data
                    value.append(value_type_3_item)

            else:
                value = _v_value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "key": key,
                    "value": value,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_beta_comparison_filter_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        key = d.pop("key", UNSET)
        if (key is None or isinstance(key, Unset)) and strict_parsing.get():
            raise KeyError("key")

        if key is None or key is UNSET:
            if key is UNSET:
                _none_flips += ("key",)
            key = None

        _value_raw = d.pop("value", UNSET)
        if _value_raw is None or isinstance(_value_raw, Unset):
            if strict_parsing.get():
                raise KeyError("value")

            if _value_raw is UNSET:
                _none_flips += ("value",)
            value = None

        else:
            try:

                def _parse_value(
                    data: object,
                ) -> bool | float | list[float | str] | str:

                    try:
                        if not isinstance(data, list):
                            raise TypeError()
                        value_type_3 = []
                        _value_type_3 = data
                        if not isinstance(_value_type_3, list):
                            raise TypeError()
                        for value_type_3_item_data in _value_type_3:

                            def _parse_value_type_3_item(data: object) -> float | str:

                                return cast(float | str, data)

                            value_type_3_item = _parse_value_type_3_item(
                                value_type_3_item_data
                            )

                            value_type_3.append(value_type_3_item)

                        return value_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(bool | float | list[float | str] | str, data)

                value = _parse_value(_value_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                value = _value_raw

        beta_comparison_filter = cls(
            type_=type_,
            key=key,
            value=value,
        )
        if _none_flips:
            beta_comparison_filter._none_flips = _none_flips

        return beta_comparison_filter
