from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_completed_event_type import (
    ResponseCompletedEventType,
    check_response_completed_event_type,
)
from ..types import UNSET, Unset, strict_parsing

if TYPE_CHECKING:
    from ..models.response import Response


T = TypeVar("T", bound="ResponseCompletedEvent")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, Response
    from ..models.response import Response

    _models_bound = True


@_attrs_define
class ResponseCompletedEvent:
    """Stream event `response.completed`: the response finished; carries the final response."""

    type_: ResponseCompletedEventType
    """ Event type, fixed to `response.completed`. """
    response: Response
    """ A model response: status, output items, usage and the settings it ran with. """
    sequence_number: int
    """ Position of this event in the stream. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_: str = self.type_

        if not isinstance(self.response, Response):
            response = self.response
        else:
            response = self.response.to_dict()

        sequence_number = self.sequence_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "response": response,
                    "sequence_number": sequence_number,
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
                type_ = check_response_completed_event_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _response_raw = d.pop("response", UNSET)
        if _response_raw is None or isinstance(_response_raw, Unset):
            if strict_parsing.get():
                raise KeyError("response")

            response = _response_raw
        else:
            try:
                response = Response.from_dict(_response_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                response = _response_raw

        sequence_number = d.pop("sequence_number", UNSET)
        if (
            sequence_number is None or isinstance(sequence_number, Unset)
        ) and strict_parsing.get():
            raise KeyError("sequence_number")

        response_completed_event = cls(
            type_=type_,
            response=response,
            sequence_number=sequence_number,
        )

        response_completed_event.additional_properties = d
        return response_completed_event

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
