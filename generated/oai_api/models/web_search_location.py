from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class WebSearchLocation(_OpenModel):
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
    _keys = ("city", "country", "region", "timezone")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("country", "country", OPTIONAL, None),
            ("region", "region", OPTIONAL, None),
            ("city", "city", OPTIONAL, None),
            ("timezone", "timezone", OPTIONAL, None),
            strict=True,
        )
