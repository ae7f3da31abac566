from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class UploadCertificateRequest(_OpenModel):
    """A certificate to upload: its PEM content and an optional name."""

    certificate: str
    """ The certificate itself, PEM-encoded. """
    name: str | None = None
    """ A label to recognise the certificate by; optional. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("certificate", "name")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("certificate", "certificate", REQUIRED, None),
            ("name", "name", OPTIONAL, None),
            strict=True,
        )
