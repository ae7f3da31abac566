from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, strict_parsing

T = TypeVar("T", bound="CoordParam")


@_attrs_define
class CoordParam:
    """A screen position in pixels."""

    x: int
    """ X position in pixels. """
    y: int
    """ Y position in pixels. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        x = self.x

        y = self.y

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "x": x,
                    "y": y,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        x = d.pop("x", UNSET)
        if (x is None or isinstance(x, Unset)) and strict_parsing.get():
            raise KeyError("x")

        y = d.pop("y", UNSET)
        if (y is None or isinstance(y, Unset)) and strict_parsing.get():
            raise KeyError("y")

        coord_param = cls(
            x=x,
            y=y,
        )

        coord_param.additional_properties = d
        return coord_param

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
