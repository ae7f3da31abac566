from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_image_gen_call_completed_event_type import (
    ResponseImageGenCallCompletedEventType,
    check_response_image_gen_call_completed_event_type,
)
from ..types import UNSET, Unset, strict_parsing

T = TypeVar("T", bound="ResponseImageGenCallCompletedEvent")


@_attrs_define
class ResponseImageGenCallCompletedEvent:
    """Stream event `response.image_generation_call.completed`: an image generation call finished."""

    type_: ResponseImageGenCallCompletedEventType
    """ Event type, fixed to `response.image_generation_call.completed`. """
    output_index: int
    """ Position of the output item in the response. """
    sequence_number: int
    """ Position of this event in the stream. """
    item_id: str
    """ ID of the output item concerned. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_: str = self.type_

        output_index = self.output_index

        sequence_number = self.sequence_number

        item_id = self.item_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "output_index": output_index,
                    "sequence_number": sequence_number,
                    "item_id": item_id,
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
                type_ = check_response_image_gen_call_completed_event_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        output_index = d.pop("output_index", UNSET)
        if (
            output_index is None or isinstance(output_index, Unset)
        ) and strict_parsing.get():
            raise KeyError("output_index")

        sequence_number = d.pop("sequence_number", UNSET)
        if (
            sequence_number is None or isinstance(sequence_number, Unset)
        ) and strict_parsing.get():
            raise KeyError("sequence_number")

        item_id = d.pop("item_id", UNSET)
        if (item_id is None or isinstance(item_id, Unset)) and strict_parsing.get():
            raise KeyError("item_id")

        response_image_gen_call_completed_event = cls(
            type_=type_,
            output_index=output_index,
            sequence_number=sequence_number,
            item_id=item_id,
        )

        response_image_gen_call_completed_event.additional_properties = d
        return response_image_gen_call_completed_event

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
