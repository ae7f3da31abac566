from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    list_of,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.list_certificates_response_object import (
    ListCertificatesResponseObject,
    check_list_certificates_response_object,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.organization_certificate import OrganizationCertificate


@_attrs_define(repr=False)
class ListCertificatesResponse(_OpenModel):
    """One page of the organization's certificates, with cursors for fetching more."""

    data: list[OrganizationCertificate]

    first_id: None | str

    last_id: None | str

    has_more: bool

    object_: ListCertificatesResponseObject

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("data", "first_id", "has_more", "last_id", "object")
    _tags = {"object": ("list",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.organization_certificate import OrganizationCertificate

        return fields(
            ("data", "data", REQUIRED, list_of(OrganizationCertificate)),
            ("first_id", "first_id", REQUIRED_OR_NULL, one_of(str, None)),
            ("last_id", "last_id", REQUIRED_OR_NULL, one_of(str, None)),
            ("has_more", "has_more", REQUIRED, None),
            ("object_", "object", REQUIRED, check_list_certificates_response_object),
        )
