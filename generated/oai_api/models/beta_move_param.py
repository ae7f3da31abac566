from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_move_param_type import BetaMoveParamType, check_beta_move_param_type
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="BetaMoveParam")


@_attrs_define
class BetaMoveParam:
    """Computer-use action that moves the mouse pointer to a screen position."""

    type_: BetaMoveParamType
    """ Fixed tag `move`. """
    x: int
    """ Target x position in screen pixels. """
    y: int
    """ Target y position in screen pixels. """
    keys: list[str] | None = None
    """ Keys held down during the move, if any. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
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

        _v_x = self.x if self.x is not None or "x" not in self._none_flips else UNSET

        x = _v_x

        _v_y = self.y if self.y is not None or "y" not in self._none_flips else UNSET

        y = _v_y

        _v_keys = (
            self.keys if self.keys is not None or "keys" in self._none_flips else UNSET
        )

        keys: list[str] | None | Unset
        if isinstance(_v_keys, Unset):
            keys = UNSET
        elif isinstance(_v_keys, list):
            keys = _v_keys

        else:
            keys = _v_keys

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "x": x,
                    "y": y,
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
                type_ = check_beta_move_param_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

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

        _keys_raw = d.pop("keys", UNSET)
        if _keys_raw is None or isinstance(_keys_raw, Unset):
            if _keys_raw is None:
                _none_flips += ("keys",)
            keys = None

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

        beta_move_param = cls(
            type_=type_,
            x=x,
            y=y,
            keys=keys,
        )
        if _none_flips:
            beta_move_param._none_flips = _none_flips

        beta_move_param.additional_properties = d
        return beta_move_param

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
