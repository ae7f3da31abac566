from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
    list_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ToggleCertificatesRequest(_OpenModel):
    """The certificates to switch on or off."""

    certificate_ids: list[str]
    """ IDs of the certificates to act on, 1 to 10 per request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("certificate_ids",)

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("certificate_ids", "certificate_ids", REQUIRED, list_of(None)),
            strict=True,
        )
