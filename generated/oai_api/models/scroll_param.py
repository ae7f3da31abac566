from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scroll_param_type import ScrollParamType, check_scroll_param_type
from ..types import UNSET, Unset, strict_parsing

T = TypeVar("T", bound="ScrollParam")


@_attrs_define
class ScrollParam:
    """Scroll at a screen position."""

    type_: ScrollParamType
    """ Fixed tag `scroll`. """
    x: int
    """ X position in pixels. """
    y: int
    """ Y position in pixels. """
    scroll_x: int
    """ Horizontal scroll distance in pixels. """
    scroll_y: int
    """ Vertical scroll distance in pixels. """
    keys: list[str] | None | Unset = UNSET
    """ Keys held during the scroll. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_: str = self.type_

        x = self.x

        y = self.y

        scroll_x = self.scroll_x

        scroll_y = self.scroll_y

        keys: list[str] | None | Unset
        if isinstance(self.keys, Unset):
            keys = UNSET
        elif isinstance(self.keys, list):
            keys = self.keys

        else:
            keys = self.keys

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "x": x,
                    "y": y,
                    "scroll_x": scroll_x,
                    "scroll_y": scroll_y,
                }.items()
                if v is not UNSET
            }
        )
        if keys is not UNSET:
            field_dict["keys"] = keys

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
                type_ = check_scroll_param_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        x = d.pop("x", UNSET)
        if (x is None or isinstance(x, Unset)) and strict_parsing.get():
            raise KeyError("x")

        y = d.pop("y", UNSET)
        if (y is None or isinstance(y, Unset)) and strict_parsing.get():
            raise KeyError("y")

        scroll_x = d.pop("scroll_x", UNSET)
        if (scroll_x is None or isinstance(scroll_x, Unset)) and strict_parsing.get():
            raise KeyError("scroll_x")

        scroll_y = d.pop("scroll_y", UNSET)
        if (scroll_y is None or isinstance(scroll_y, Unset)) and strict_parsing.get():
            raise KeyError("scroll_y")

        _keys_raw = d.pop("keys", UNSET)
        if _keys_raw is None or isinstance(_keys_raw, Unset):
            keys = _keys_raw
        else:
            try:

                def _parse_keys(data: object) -> list[str] | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, list):
                            raise TypeError()
                        keys_type_0 = cast(list[str], data)

                        return keys_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(list[str] | None | Unset, data)

                keys = _parse_keys(_keys_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                keys = _keys_raw

        scroll_param = cls(
            type_=type_,
            x=x,
            y=y,
            scroll_x=scroll_x,
            scroll_y=scroll_y,
            keys=keys,
        )

        scroll_param.additional_properties = d
        return scroll_param

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
