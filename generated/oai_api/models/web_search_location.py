from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr, strict_parsing

T = TypeVar("T", bound="WebSearchLocation")


@_attrs_define
class WebSearchLocation:
    """Rough user location used to localise web search."""

    country: str | None = None
    """ Two-letter ISO country code. """
    region: str | None = None
    """ Region or state name. """
    city: str | None = None
    """ City name. """
    timezone: str | None = None
    """ IANA time zone name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_country = (
            self.country
            if self.country is not None or "country" in self._none_flips
            else UNSET
        )

        country = _v_country

        _v_region = (
            self.region
            if self.region is not None or "region" in self._none_flips
            else UNSET
        )

        region = _v_region

        _v_city = (
            self.city if self.city is not None or "city" in self._none_flips else UNSET
        )

        city = _v_city

        _v_timezone = (
            self.timezone
            if self.timezone is not None or "timezone" in self._none_flips
            else UNSET
        )

        timezone = _v_timezone

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
        _none_flips: tuple[str, ...] = ()
        country = d.pop("country", UNSET)
        if country is None and strict_parsing.get():
            raise TypeError("country")

        if country is None or country is UNSET:
            if country is None:
                _none_flips += ("country",)
            country = None

        region = d.pop("region", UNSET)
        if region is None and strict_parsing.get():
            raise TypeError("region")

        if region is None or region is UNSET:
            if region is None:
                _none_flips += ("region",)
            region = None

        city = d.pop("city", UNSET)
        if city is None and strict_parsing.get():
            raise TypeError("city")

        if city is None or city is UNSET:
            if city is None:
                _none_flips += ("city",)
            city = None

        timezone = d.pop("timezone", UNSET)
        if timezone is None and strict_parsing.get():
            raise TypeError("timezone")

        if timezone is None or timezone is UNSET:
            if timezone is None:
                _none_flips += ("timezone",)
            timezone = None

        web_search_location = cls(
            country=country,
            region=region,
            city=city,
            timezone=timezone,
        )
        if _none_flips:
            web_search_location._none_flips = _none_flips

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
