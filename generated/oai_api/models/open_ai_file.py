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
from ..models.open_ai_file_object import OpenAIFileObject, check_open_ai_file_object
from ..models.open_ai_file_purpose import OpenAIFilePurpose, check_open_ai_file_purpose
from ..models.open_ai_file_status import OpenAIFileStatus, check_open_ai_file_status

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class OpenAIFile(_OpenModel):
    """Metadata of an uploaded file."""

    id: str
    """ Unique ID. """
    bytes_: int
    """ Size in bytes. """
    created_at: int
    """ When the file was uploaded (Unix seconds). """
    filename: str
    """ Name the file was uploaded with. """
    object_: OpenAIFileObject
    """ Fixed tag `file`. """
    purpose: OpenAIFilePurpose
    """ What the file is for. """
    status: OpenAIFileStatus
    """ Old processing state of the file. """
    expires_at: int | None = None
    """ When the file expires (Unix seconds), if it does. """
    status_details: str | None = None
    """ Old field: why processing failed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "bytes",
        "created_at",
        "expires_at",
        "filename",
        "id",
        "object",
        "purpose",
        "status",
        "status_details",
    )
    _tags = {"object": ("file",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("id", "id", REQUIRED, None),
            ("bytes_", "bytes", REQUIRED, None),
            ("created_at", "created_at", REQUIRED, None),
            ("filename", "filename", REQUIRED, None),
            ("object_", "object", REQUIRED, check_open_ai_file_object),
            ("purpose", "purpose", REQUIRED, check_open_ai_file_purpose),
            ("status", "status", REQUIRED, check_open_ai_file_status),
            ("expires_at", "expires_at", OPTIONAL, None),
            ("status_details", "status_details", OPTIONAL, None),
        )
