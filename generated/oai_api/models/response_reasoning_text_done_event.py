from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_reasoning_text_done_event_type import (
    ResponseReasoningTextDoneEventType,
    check_response_reasoning_text_done_event_type,
)
from ..types import UNSET, Unset, strict_parsing

T = TypeVar("T", bound="ResponseReasoningTextDoneEvent")


@_attrs_define
class ResponseReasoningTextDoneEvent:
    """Stream event `response.reasoning_text.done`: a raw reasoning text is complete."""

    type_: ResponseReasoningTextDoneEventType
    """ Event type, fixed to `response.reasoning_text.done`. """
    item_id: str
    """ ID of the output item concerned. """
    output_index: int
    """ Position of the output item in the response. """
    content_index: int
    """ Position of the content part in the item. """
    text: str
    """ The complete reasoning text. """
    sequence_number: int
    """ Position of this event in the stream. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_: str = self.type_

        item_id = self.item_id

        output_index = self.output_index

        content_index = self.content_index

        text = self.text

        sequence_number = self.sequence_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "item_id": item_id,
                    "output_index": output_index,
                    "content_index": content_index,
                    "text": text,
                    "sequence_number": sequence_number,
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
                type_ = check_response_reasoning_text_done_event_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        item_id = d.pop("item_id", UNSET)
        if (item_id is None or isinstance(item_id, Unset)) and strict_parsing.get():
            raise KeyError("item_id")

        output_index = d.pop("output_index", UNSET)
        if (
            output_index is None or isinstance(output_index, Unset)
        ) and strict_parsing.get():
            raise KeyError("output_index")

        content_index = d.pop("content_index", UNSET)
        if (
            content_index is None or isinstance(content_index, Unset)
        ) and strict_parsing.get():
            raise KeyError("content_index")

        text = d.pop("text", UNSET)
        if (text is None or isinstance(text, Unset)) and strict_parsing.get():
            raise KeyError("text")

        sequence_number = d.pop("sequence_number", UNSET)
        if (
            sequence_number is None or isinstance(sequence_number, Unset)
        ) and strict_parsing.get():
            raise KeyError("sequence_number")

        response_reasoning_text_done_event = cls(
            type_=type_,
            item_id=item_id,
            output_index=output_index,
            content_index=content_index,
            text=text,
            sequence_number=sequence_number,
        )

        response_reasoning_text_done_event.additional_properties = d
        return response_reasoning_text_done_event

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
