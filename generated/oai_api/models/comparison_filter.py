from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.comparison_filter_type import (
    ComparisonFilterType,
    check_comparison_filter_type,
)
from ..types import UNSET, Unset, strict_parsing

T = TypeVar("T", bound="ComparisonFilter")


@_attrs_define
class ComparisonFilter:
    """Compare one file attribute with a value."""

    type_: ComparisonFilterType
    """ Comparison operator. """
    key: str
    """ Attribute to compare. """
    value: bool | float | list[float | str] | str
    """ Value to compare with. """

    def to_dict(self) -> dict[str, Any]:
        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_: str = self.type_

        key = self.key

        if self.value is None or isinstance(self.value, Unset):
            value = self.value
        else:
            value: bool | float | list[float | str] | str
            if isinstance(self.value, list):
                value = []
                for value_type_3_item_data in self.value:
                    value_type_3_item: float | str
                    value_type_3_item = value_type_3_item_data
                    value.append(value_type_3_item)

            else:
                value = self.value

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
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            type_ = _type__raw
        else:
            try:
                type_ = check_comparison_filter_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        key = d.pop("key", UNSET)
        if (key is None or isinstance(key, Unset)) and strict_parsing.get():
            raise KeyError("key")

        _value_raw = d.pop("value", UNSET)
        if _value_raw is None or isinstance(_value_raw, Unset):
            if strict_parsing.get():
                raise KeyError("value")

            value = _value_raw
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

        comparison_filter = cls(
            type_=type_,
            key=key,
            value=value,
        )

        return comparison_filter
