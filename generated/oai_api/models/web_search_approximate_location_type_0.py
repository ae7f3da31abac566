from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.web_search_approximate_location_type_0_type import (
    WebSearchApproximateLocationType0Type,
    check_web_search_approximate_location_type_0_type,
)
from ..types import UNSET, Unset, strict_parsing

T = TypeVar("T", bound="WebSearchApproximateLocationType0")


@_attrs_define
class WebSearchApproximateLocationType0:
    type_: WebSearchApproximateLocationType0Type | Unset = UNSET
    """ Fixed tag `approximate`. """
    country: None | str | Unset = UNSET
    """ Two-letter ISO country code. """
    region: None | str | Unset = UNSET
    """ Region or state. """
    city: None | str | Unset = UNSET
    """ City. """
    timezone: None | str | Unset = UNSET
    """ IANA time zone, e.g. `Europe/Paris`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_: str | Unset = UNSET
            if not isinstance(self.type_, Unset):
                type_ = self.type_

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if type_ is not UNSET:
            field_dict["type"] = type_
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
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if _type__raw is None and strict_parsing.get():
                raise TypeError("type")

            type_ = _type__raw
        else:
            try:
                _type_ = _type__raw
                type_: WebSearchApproximateLocationType0Type | Unset
                if isinstance(_type_, Unset):
                    type_ = UNSET
                else:
                    type_ = check_web_search_approximate_location_type_0_type(_type_)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _country_raw = d.pop("country", UNSET)
        if _country_raw is None or isinstance(_country_raw, Unset):
            country = _country_raw
        else:
            try:

                def _parse_country(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                country = _parse_country(_country_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                country = _country_raw

        _region_raw = d.pop("region", UNSET)
        if _region_raw is None or isinstance(_region_raw, Unset):
            region = _region_raw
        else:
            try:

                def _parse_region(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                region = _parse_region(_region_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                region = _region_raw

        _city_raw = d.pop("city", UNSET)
        if _city_raw is None or isinstance(_city_raw, Unset):
            city = _city_raw
        else:
            try:

                def _parse_city(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                city = _parse_city(_city_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                city = _city_raw

        _timezone_raw = d.pop("timezone", UNSET)
        if _timezone_raw is None or isinstance(_timezone_raw, Unset):
            timezone = _timezone_raw
        else:
            try:

                def _parse_timezone(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                timezone = _parse_timezone(_timezone_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                timezone = _timezone_raw

        web_search_approximate_location_type_0 = cls(
            type_=type_,
            country=country,
            region=region,
            city=city,
            timezone=timezone,
        )

        web_search_approximate_location_type_0.additional_properties = d
        return web_search_approximate_location_type_0

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
