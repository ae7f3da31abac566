from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_moderation_input_type import (
    BetaModerationInputType,
    check_beta_moderation_input_type,
)
from ..types import model_repr

T = TypeVar("T", bound="BetaModerationResultBodyCategoryAppliedInputTypes")


@_attrs_define
class BetaModerationResultBodyCategoryAppliedInputTypes:
    additional_properties: dict[str, list[BetaModerationInputType]] = _attrs_field(
        init=False, factory=dict
    )
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = []
            for additional_property_item_data in prop:
                additional_property_item: str = additional_property_item_data
                field_dict[prop_name].append(additional_property_item)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        beta_moderation_result_body_category_applied_input_types = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = []
            _additional_property = prop_dict
            if not isinstance(_additional_property, list):
                raise TypeError()
            for additional_property_item_data in _additional_property:
                additional_property_item = check_beta_moderation_input_type(
                    additional_property_item_data
                )

                additional_property.append(additional_property_item)

            additional_properties[prop_name] = additional_property

        beta_moderation_result_body_category_applied_input_types.additional_properties = additional_properties
        return beta_moderation_result_body_category_applied_input_types

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[BetaModerationInputType]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[BetaModerationInputType]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
