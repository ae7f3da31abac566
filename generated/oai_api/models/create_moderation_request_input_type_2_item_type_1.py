from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_moderation_request_input_type_2_item_type_1_type import (
    CreateModerationRequestInputType2ItemType1Type,
    check_create_moderation_request_input_type_2_item_type_1_type,
)
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="CreateModerationRequestInputType2ItemType1")


@_attrs_define
class CreateModerationRequestInputType2ItemType1:
    type_: CreateModerationRequestInputType2ItemType1Type
    """ Fixed tag `text`. """
    text: str
    """ Text to check. """
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

        _v_text = (
            self.text
            if self.text is not None or "text" not in self._none_flips
            else UNSET
        )

        text = _v_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "text": text,
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
            raise KeyError(
                "CreateModerationRequestInputType2ItemType1: required field type is missing"
            )

        else:
            type_ = check_create_moderation_request_input_type_2_item_type_1_type(
                _type__raw
            )

        text = d.pop("text", UNSET)
        if text is None or isinstance(text, Unset):
            raise KeyError(
                "CreateModerationRequestInputType2ItemType1: required field text is missing"
            )

        if text is None or text is UNSET:
            if text is UNSET:
                _none_flips += ("text",)
            text = None

        create_moderation_request_input_type_2_item_type_1 = cls(
            type_=type_,
            text=text,
        )
        if _none_flips:
            create_moderation_request_input_type_2_item_type_1._none_flips = _none_flips

        create_moderation_request_input_type_2_item_type_1.additional_properties = d
        return create_moderation_request_input_type_2_item_type_1

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
