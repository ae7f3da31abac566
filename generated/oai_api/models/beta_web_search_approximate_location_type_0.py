from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_web_search_approximate_location_type_0_type import (
    BetaWebSearchApproximateLocationType0Type,
    check_beta_web_search_approximate_location_type_0_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="BetaWebSearchApproximateLocationType0")


@_attrs_define
class BetaWebSearchApproximateLocationType0:
    type_: BetaWebSearchApproximateLocationType0Type | None = None
    """ Fixed tag `approximate`. """
    country: None | str = None
    """ Two-letter ISO 3166-1 country code, e.g. `US`. """
    region: None | str = None
    """ Region or state in free text, e.g. `California`. """
    city: None | str = None
    """ City in free text, e.g. `San Francisco`. """
    timezone: None | str = None
    """ IANA time zone name, e.g. `America/Los_Angeles`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str | Unset = UNSET
            if not isinstance(_v_type_, Unset):
                type_ = _v_type_

        _v_country = (
            self.country
            if self.country is not None or "country" in self._none_flips
            else UNSET
        )

        country: None | str | Unset
        if isinstance(_v_country, Unset):
            country = UNSET
        else:
            country = _v_country

        _v_region = (
            self.region
            if self.region is not None or "region" in self._none_flips
            else UNSET
        )

        region: None | str | Unset
        if isinstance(_v_region, Unset):
            region = UNSET
        else:
            region = _v_region

        _v_city = (
            self.city if self.city is not None or "city" in self._none_flips else UNSET
        )

        city: None | str | Unset
        if isinstance(_v_city, Unset):
            city = UNSET
        else:
            city = _v_city

        _v_timezone = (
            self.timezone
            if self.timezone is not None or "timezone" in self._none_flips
            else UNSET
        )

        timezone: None | str | Unset
        if isinstance(_v_timezone, Unset):
            timezone = UNSET
        else:
            timezone = _v_timezone

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
        _none_flips: tuple[str, ...] = ()
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if _type__raw is None and strict_parsing.get():
                raise TypeError("type")

            if _type__raw is None:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                _type_ = _type__raw
                type_: BetaWebSearchApproximateLocationType0Type | Unset
                if isinstance(_type_, Unset):
                    type_ = UNSET
                else:
                    type_ = check_beta_web_search_approximate_location_type_0_type(
                        _type_
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _country_raw = d.pop("country", UNSET)
        if _country_raw is None or isinstance(_country_raw, Unset):
            if _country_raw is None:
                _none_flips += ("country",)
            country = None

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
            if _region_raw is None:
                _none_flips += ("region",)
            region = None

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
            if _city_raw is None:
                _none_flips += ("city",)
            city = None

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
            if _timezone_raw is None:
                _none_flips += ("timezone",)
            timezone = None

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

        beta_web_search_approximate_location_type_0 = cls(
            type_=type_,
            country=country,
            region=region,
            city=city,
            timezone=timezone,
        )
        if _none_flips:
            beta_web_search_approximate_location_type_0._none_flips = _none_flips

        beta_web_search_approximate_location_type_0.additional_properties = d
        return beta_web_search_approximate_location_type_0

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
