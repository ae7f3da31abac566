from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.approximate_location_type import (
    ApproximateLocationType,
    check_approximate_location_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ApproximateLocation(_OpenModel):
    """Approximate user location used to localise web search results."""

    type_: ApproximateLocationType
    """ Fixed tag `approximate`. """
    country: None | str = None
    """ Two-letter ISO country code. """
    region: None | str = None
    """ Region or state. """
    city: None | str = None
    """ City. """
    timezone: None | str = None
    """ IANA time zone, e.g. `Europe/Paris`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("city", "country", "region", "timezone", "type")
    _tags = {"type": ("approximate",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_approximate_location_type),
            ("country", "country", OPTIONAL_OR_NULL, one_of(str, None)),
            ("region", "region", OPTIONAL_OR_NULL, one_of(str, None)),
            ("city", "city", OPTIONAL_OR_NULL, one_of(str, None)),
            ("timezone", "timezone", OPTIONAL_OR_NULL, one_of(str, None)),
        )
