from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.upload_part_object import UploadPartObject, check_upload_part_object

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class UploadPart(_OpenModel):
    """One chunk of bytes added to an upload."""

    id: str

    created_at: int

    upload_id: str

    object_: UploadPartObject

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("created_at", "id", "object", "upload_id")
    _tags = {"object": ("upload.part",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("id", "id", REQUIRED, None),
            ("created_at", "created_at", REQUIRED, None),
            ("upload_id", "upload_id", REQUIRED, None),
            ("object_", "object", REQUIRED, check_upload_part_object),
        )
