from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_web_search_approximate_location_type_0_type import (
    BetaWebSearchApproximateLocationType0Type,
    check_beta_web_search_approximate_location_type_0_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class BetaWebSearchApproximateLocationType0(_OpenModel):
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
    _keys = ("city", "country", "region", "timezone", "type")
    _tags = {"type": ("approximate",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                OPTIONAL,
                check_beta_web_search_approximate_location_type_0_type,
            ),
            ("country", "country", OPTIONAL_OR_NULL, one_of(str, None)),
            ("region", "region", OPTIONAL_OR_NULL, one_of(str, None)),
            ("city", "city", OPTIONAL_OR_NULL, one_of(str, None)),
            ("timezone", "timezone", OPTIONAL_OR_NULL, one_of(str, None)),
        )
