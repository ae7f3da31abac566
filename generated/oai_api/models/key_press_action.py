from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.key_press_action_type import (
    KeyPressActionType,
    check_key_press_action_type,
)
from ..types import UNSET, Unset, strict_parsing

T = TypeVar("T", bound="KeyPressAction")


@_attrs_define
class KeyPressAction:
    """Press a key combination."""

    type_: KeyPressActionType
    """ Fixed tag `keypress`. """
    keys: list[str]
    """ Keys to press together. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_: str = self.type_

        if not isinstance(self.keys, list):
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
                    "keys": keys,
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
                type_ = check_key_press_action_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _keys_raw = d.pop("keys", UNSET)
        if _keys_raw is None or isinstance(_keys_raw, Unset):
            if strict_parsing.get():
                raise KeyError("keys")

            keys = _keys_raw
        else:
            try:
                keys = cast(list[str], _keys_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                keys = _keys_raw

        key_press_action = cls(
            type_=type_,
            keys=keys,
        )

        key_press_action.additional_properties = d
        return key_press_action

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
