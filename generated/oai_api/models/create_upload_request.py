from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    DROP,
    OPTIONAL,
    REQUIRED,
    fields,
)
from .._model import Model as _Model
from ..models.create_upload_request_purpose import (
    CreateUploadRequestPurpose,
    check_create_upload_request_purpose,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.file_expiration_after import FileExpirationAfter


@_attrs_define(repr=False)
class CreateUploadRequest(_Model):
    """What will be uploaded: file name, purpose, total size and MIME type."""

    filename: str
    """ Name for the resulting file. """
    purpose: CreateUploadRequestPurpose
    """ What the file is for: `assistants`, `batch`, `fine-tune` or `vision`, as with Files. """
    bytes_: int
    """ Total size of the file in bytes; the parts must add up to exactly this. """
    mime_type: str
    """ MIME type of the file; it must be one accepted for the chosen `purpose`. """
    expires_after: FileExpirationAfter | None = None
    """ Expiry rule for an uploaded file, counted from its creation. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("bytes", "expires_after", "filename", "mime_type", "purpose")

    @staticmethod
    def _fields() -> Table:
        from ..models.file_expiration_after import FileExpirationAfter

        return fields(
            ("filename", "filename", REQUIRED, None),
            ("purpose", "purpose", REQUIRED, check_create_upload_request_purpose),
            ("bytes_", "bytes", REQUIRED, None),
            ("mime_type", "mime_type", REQUIRED, None),
            ("expires_after", "expires_after", OPTIONAL, FileExpirationAfter),
            extra=DROP,
            strict=True,
        )
