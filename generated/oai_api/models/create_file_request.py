from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    DROP,
    FILE,
    OPTIONAL,
    REQUIRED,
    fields,
)
from .._model import Model as _Model
from ..models.create_file_request_purpose import (
    CreateFileRequestPurpose,
    check_create_file_request_purpose,
)
from ..types import File

if TYPE_CHECKING:
    from .._model import Table
    from ..models.file_expiration_after import FileExpirationAfter


@_attrs_define(repr=False)
class CreateFileRequest(_Model):
    """Multipart form of a file upload."""

    file: File
    """ The file to upload (a multipart file part). """
    purpose: CreateFileRequestPurpose
    """ What the file will be used for; decides where it may be used. """
    expires_after: FileExpirationAfter | None = None
    """ Expiry rule for an uploaded file, counted from its creation. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("expires_after", "file", "purpose")

    @staticmethod
    def _fields() -> Table:
        from ..models.file_expiration_after import FileExpirationAfter

        return fields(
            ("file", "file", REQUIRED, FILE),
            ("purpose", "purpose", REQUIRED, check_create_file_request_purpose),
            ("expires_after", "expires_after", OPTIONAL, FileExpirationAfter),
            extra=DROP,
            strict=True,
        )
