from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.upload_object import UploadObject, check_upload_object
from ..models.upload_status import UploadStatus, check_upload_status

if TYPE_CHECKING:
    from .._model import Table
    from ..models.open_ai_file import OpenAIFile


@_attrs_define(repr=False)
class Upload(_OpenModel):
    """A multipart upload that collects parts until it is completed into a File."""

    id: str

    created_at: int

    filename: str

    bytes_: int

    purpose: str

    status: UploadStatus

    expires_at: int

    object_: UploadObject | None = None

    file: None | OpenAIFile = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "bytes",
        "created_at",
        "expires_at",
        "file",
        "filename",
        "id",
        "object",
        "purpose",
        "status",
    )
    _tags = {"object": ("upload",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("id", "id", REQUIRED, None),
            ("created_at", "created_at", REQUIRED, None),
            ("filename", "filename", REQUIRED, None),
            ("bytes_", "bytes", REQUIRED, None),
            ("purpose", "purpose", REQUIRED, None),
            ("status", "status", REQUIRED, check_upload_status),
            ("expires_at", "expires_at", REQUIRED, None),
            ("object_", "object", OPTIONAL, check_upload_object),
            (
                "file",
                "file",
                OPTIONAL_OR_NULL,
                one_of(member("open_ai_file", "OpenAIFile", ("object", "file")), None),
            ),
        )
