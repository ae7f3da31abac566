from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="DragPoint")


@_attrs_define
class DragPoint:
    """A point on screen given by `x` and `y` pixel coordinates."""

    x: int
    y: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_x = self.x if self.x is not None or "x" not in self._none_flips else UNSET

        x = _v_x

        _v_y = self.y if self.y is not None or "y" not in self._none_flips else UNSET

        y = _v_y

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
        _none_flips: tuple[str, ...] = ()
        x = d.pop("x", UNSET)
        if (x is None or isinstance(x, Unset)) and strict_parsing.get():
            raise KeyError("x")

        if x is None or x is UNSET:
            if x is UNSET:
                _none_flips += ("x",)
            x = None

        y = d.pop("y", UNSET)
        if (y is None or isinstance(y, Unset)) and strict_parsing.get():
            raise KeyError("y")

        if y is None or y is UNSET:
            if y is UNSET:
                _none_flips += ("y",)
            y = None

        drag_point = cls(
            x=x,
            y=y,
        )
        if _none_flips:
            drag_point._none_flips = _none_flips

        drag_point.additional_properties = d
        return drag_point

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
