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
from ..models.organization_certificate_activation_response_object import (
    OrganizationCertificateActivationResponseObject,
    check_organization_certificate_activation_response_object,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.organization_certificate import OrganizationCertificate


@_attrs_define(repr=False)
class OrganizationCertificateActivationResponse(_OpenModel):
    """Result of activating certificates for the organization: the affected certificates."""

    object_: OrganizationCertificateActivationResponseObject

    data: list[OrganizationCertificate]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("data", "object")
    _tags = {"object": ("organization.certificate.activation",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.organization_certificate import OrganizationCertificate

        return fields(
            (
                "object_",
                "object",
                REQUIRED,
                check_organization_certificate_activation_response_object,
            ),
            ("data", "data", REQUIRED, list_of(OrganizationCertificate)),
        )
