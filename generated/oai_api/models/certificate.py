from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.certificate_object import CertificateObject, check_certificate_object

if TYPE_CHECKING:
    from .._model import Table
    from ..models.certificate_certificate_details import CertificateCertificateDetails


@_attrs_define(repr=False)
class Certificate(_OpenModel):
    """A certificate uploaded to the organization, with its name, creation time and certificate details."""

    object_: CertificateObject

    id: str

    name: None | str

    created_at: int

    certificate_details: CertificateCertificateDetails

    active: bool | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("active", "certificate_details", "created_at", "id", "name", "object")
    _tags = {
        "object": (
            "certificate",
            "organization.certificate",
            "organization.project.certificate",
        )
    }

    @staticmethod
    def _fields() -> Table:
        from ..models.certificate_certificate_details import (
            CertificateCertificateDetails,
        )

        return fields(
            ("object_", "object", REQUIRED, check_certificate_object),
            ("id", "id", REQUIRED, None),
            ("name", "name", REQUIRED_OR_NULL, one_of(str, None)),
            ("created_at", "created_at", REQUIRED, None),
            (
                "certificate_details",
                "certificate_details",
                REQUIRED,
                CertificateCertificateDetails,
            ),
            ("active", "active", OPTIONAL, None),
        )
