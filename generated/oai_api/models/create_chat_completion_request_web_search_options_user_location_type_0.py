from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_chat_completion_request_web_search_options_user_location_type_0_type import (
    CreateChatCompletionRequestWebSearchOptionsUserLocationType0Type,
    check_create_chat_completion_request_web_search_options_user_location_type_0_type,
)

if TYPE_CHECKING:
    from ..models.web_search_location import WebSearchLocation


T = TypeVar("T", bound="CreateChatCompletionRequestWebSearchOptionsUserLocationType0")


@_attrs_define
class CreateChatCompletionRequestWebSearchOptionsUserLocationType0:
    """Approximate user location."""

    type_: CreateChatCompletionRequestWebSearchOptionsUserLocationType0Type
    """ Location kind; always approximate. """
    approximate: WebSearchLocation
    """ Rough user location used to localise web search. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        approximate = self.approximate.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "approximate": approximate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.web_search_location import WebSearchLocation

        d = dict(src_dict)
        type_ = check_create_chat_completion_request_web_search_options_user_location_type_0_type(
            d.pop("type")
        )

        approximate = WebSearchLocation.from_dict(d.pop("approximate"))

        create_chat_completion_request_web_search_options_user_location_type_0 = cls(
            type_=type_,
            approximate=approximate,
        )

        create_chat_completion_request_web_search_options_user_location_type_0.additional_properties = d
        return create_chat_completion_request_web_search_options_user_location_type_0

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
