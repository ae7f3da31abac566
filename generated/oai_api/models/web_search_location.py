from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, strict_parsing

T = TypeVar("T", bound="WebSearchLocation")


@_attrs_define
class WebSearchLocation:
    """Rough user location used to localise web search."""

    country: str | Unset = UNSET
    """ Two-letter ISO country code. """
    region: str | Unset = UNSET
    """ Region or state name. """
    city: str | Unset = UNSET
    """ City name. """
    timezone: str | Unset = UNSET
    """ IANA time zone name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country = self.country

        region = self.region

        city = self.city

        timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if country is not UNSET:
            field_dict["country"] = country
        if region is not UNSET:
            field_dict["region"] = region
        if city is not UNSET:
            field_dict["city"] = city
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        country = d.pop("country", UNSET)
        if country is None and strict_parsing.get():
            raise TypeError("country")

        region = d.pop("region", UNSET)
        if region is None and strict_parsing.get():
            raise TypeError("region")

        city = d.pop("city", UNSET)
        if city is None and strict_parsing.get():
            raise TypeError("city")

        timezone = d.pop("timezone", UNSET)
        if timezone is None and strict_parsing.get():
            raise TypeError("timezone")

        web_search_location = cls(
            country=country,
            region=region,
            city=city,
            timezone=timezone,
        )

        web_search_location.additional_properties = d
        return web_search_location

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
