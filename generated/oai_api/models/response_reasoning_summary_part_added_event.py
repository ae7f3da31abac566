from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_reasoning_summary_part_added_event_type import (
    ResponseReasoningSummaryPartAddedEventType,
    check_response_reasoning_summary_part_added_event_type,
)
from ..types import UNSET, Unset, strict_parsing

if TYPE_CHECKING:
    from ..models.response_reasoning_summary_part_added_event_part import (
        ResponseReasoningSummaryPartAddedEventPart,
    )


T = TypeVar("T", bound="ResponseReasoningSummaryPartAddedEvent")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, ResponseReasoningSummaryPartAddedEventPart
    from ..models.response_reasoning_summary_part_added_event_part import (
        ResponseReasoningSummaryPartAddedEventPart,
    )

    _models_bound = True


@_attrs_define
class ResponseReasoningSummaryPartAddedEvent:
    """Stream event `response.reasoning_summary_part.added`: a reasoning summary part started."""

    type_: ResponseReasoningSummaryPartAddedEventType
    """ Event type, fixed to `response.reasoning_summary_part.added`. """
    item_id: str
    """ ID of the output item concerned. """
    output_index: int
    """ Position of the output item in the response. """
    summary_index: int
    """ Position of the summary part in the reasoning item. """
    sequence_number: int
    """ Position of this event in the stream. """
    part: ResponseReasoningSummaryPartAddedEventPart
    """ The new summary part. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_: str = self.type_

        item_id = self.item_id

        output_index = self.output_index

        summary_index = self.summary_index

        sequence_number = self.sequence_number

        if not isinstance(self.part, ResponseReasoningSummaryPartAddedEventPart):
            part = self.part
        else:
            part = self.part.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "item_id": item_id,
                    "output_index": output_index,
                    "summary_index": summary_index,
                    "sequence_number": sequence_number,
                    "part": part,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            type_ = _type__raw
        else:
            try:
                type_ = check_response_reasoning_summary_part_added_event_type(
                    _type__raw
                )

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

        summary_index = d.pop("summary_index", UNSET)
        if (
            summary_index is None or isinstance(summary_index, Unset)
        ) and strict_parsing.get():
            raise KeyError("summary_index")

        sequence_number = d.pop("sequence_number", UNSET)
        if (
            sequence_number is None or isinstance(sequence_number, Unset)
        ) and strict_parsing.get():
            raise KeyError("sequence_number")

        _part_raw = d.pop("part", UNSET)
        if _part_raw is None or isinstance(_part_raw, Unset):
            if strict_parsing.get():
                raise KeyError("part")

            part = _part_raw
        else:
            try:
                part = ResponseReasoningSummaryPartAddedEventPart.from_dict(_part_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                part = _part_raw

        response_reasoning_summary_part_added_event = cls(
            type_=type_,
            item_id=item_id,
            output_index=output_index,
            summary_index=summary_index,
            sequence_number=sequence_number,
            part=part,
        )

        response_reasoning_summary_part_added_event.additional_properties = d
        return response_reasoning_summary_part_added_event

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
