from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.delete_certificate_response_object import (
    DeleteCertificateResponseObject,
    check_delete_certificate_response_object,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class DeleteCertificateResponse(_OpenModel):
    """Confirmation returned when a certificate has been deleted."""

    object_: DeleteCertificateResponseObject

    id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("id", "object")
    _tags = {"object": ("certificate.deleted",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("object_", "object", REQUIRED, check_delete_certificate_response_object),
            ("id", "id", REQUIRED, None),
        )
