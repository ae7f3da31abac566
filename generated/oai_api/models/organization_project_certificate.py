from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.organization_project_certificate_object import (
    OrganizationProjectCertificateObject,
    check_organization_project_certificate_object,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.organization_project_certificate_certificate_details import (
        OrganizationProjectCertificateCertificateDetails,
    )


@_attrs_define(repr=False)
class OrganizationProjectCertificate(_OpenModel):
    """A certificate as seen in a project, including whether it is active for that project."""

    object_: OrganizationProjectCertificateObject

    id: str

    name: None | str

    created_at: int

    certificate_details: OrganizationProjectCertificateCertificateDetails

    active: bool

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("active", "certificate_details", "created_at", "id", "name", "object")
    _tags = {"object": ("organization.project.certificate",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.organization_project_certificate_certificate_details import (
            OrganizationProjectCertificateCertificateDetails,
        )

        return fields(
            (
                "object_",
                "object",
                REQUIRED,
                check_organization_project_certificate_object,
            ),
            ("id", "id", REQUIRED, None),
            ("name", "name", REQUIRED_OR_NULL, one_of(str, None)),
            ("created_at", "created_at", REQUIRED, None),
            (
                "certificate_details",
                "certificate_details",
                REQUIRED,
                OrganizationProjectCertificateCertificateDetails,
            ),
            ("active", "active", REQUIRED, None),
        )
