from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_eval_responses_run_data_source_input_messages_type_1_type import (
    CreateEvalResponsesRunDataSourceInputMessagesType1Type,
    check_create_eval_responses_run_data_source_input_messages_type_1_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="CreateEvalResponsesRunDataSourceInputMessagesType1")


@_attrs_define
class CreateEvalResponsesRunDataSourceInputMessagesType1:
    type_: CreateEvalResponsesRunDataSourceInputMessagesType1Type
    """ Always `item_reference` for this variant. """
    item_reference: str
    """ Path into the `item` namespace holding the messages to use, e.g. `item.name`. """
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

        _v_item_reference = (
            self.item_reference
            if self.item_reference is not None
            or "item_reference" not in self._none_flips
            else UNSET
        )

        item_reference = _v_item_reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "item_reference": item_reference,
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
                type_ = check_create_eval_responses_run_data_source_input_messages_type_1_type(
                    _type__raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        item_reference = d.pop("item_reference", UNSET)
        if (
            item_reference is None or isinstance(item_reference, Unset)
        ) and strict_parsing.get():
            raise KeyError("item_reference")

        if item_reference is None or item_reference is UNSET:
            if item_reference is UNSET:
                _none_flips += ("item_reference",)
            item_reference = None

        create_eval_responses_run_data_source_input_messages_type_1 = cls(
            type_=type_,
            item_reference=item_reference,
        )
        if _none_flips:
            create_eval_responses_run_data_source_input_messages_type_1._none_flips = (
                _none_flips
            )

        create_eval_responses_run_data_source_input_messages_type_1.additional_properties = d
        return create_eval_responses_run_data_source_input_messages_type_1

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
