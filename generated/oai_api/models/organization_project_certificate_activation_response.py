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
from ..models.organization_project_certificate_activation_response_object import (
    OrganizationProjectCertificateActivationResponseObject,
    check_organization_project_certificate_activation_response_object,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.organization_project_certificate import OrganizationProjectCertificate


@_attrs_define(repr=False)
class OrganizationProjectCertificateActivationResponse(_OpenModel):
    """Result of activating certificates for a project: the affected certificates."""

    object_: OrganizationProjectCertificateActivationResponseObject

    data: list[OrganizationProjectCertificate]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("data", "object")
    _tags = {"object": ("organization.project.certificate.activation",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.organization_project_certificate import (
            OrganizationProjectCertificate,
        )

        return fields(
            (
                "object_",
                "object",
                REQUIRED,
                check_organization_project_certificate_activation_response_object,
            ),
            ("data", "data", REQUIRED, list_of(OrganizationProjectCertificate)),
        )
