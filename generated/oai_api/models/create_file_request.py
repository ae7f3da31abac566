from __future__ import annotations

import json
from collections.abc import Mapping
from io import BytesIO
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from .. import types
from ..models.create_file_request_purpose import (
    CreateFileRequestPurpose,
    check_create_file_request_purpose,
)
from ..types import UNSET, File, Unset, strict_parsing

if TYPE_CHECKING:
    from ..models.file_expiration_after import FileExpirationAfter


T = TypeVar("T", bound="CreateFileRequest")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, FileExpirationAfter
    from ..models.file_expiration_after import FileExpirationAfter

    _models_bound = True


@_attrs_define
class CreateFileRequest:
    """Multipart form of a file upload."""

    file: File
    """ The file to upload (a multipart file part). """
    purpose: CreateFileRequestPurpose
    """ What the file will be used for; decides where it may be used. """
    expires_after: FileExpirationAfter | Unset = UNSET
    """ Expiry rule for an uploaded file, counted from its creation. """

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        if self.file is None or isinstance(self.file, Unset):
            file = self.file
        else:
            file = self.file.to_tuple()

        if self.purpose is None or isinstance(self.purpose, Unset):
            purpose = self.purpose
        else:
            purpose: str = self.purpose

        if not isinstance(self.expires_after, FileExpirationAfter):
            expires_after = self.expires_after
        else:
            expires_after: dict[str, Any] | Unset = UNSET
            if not isinstance(self.expires_after, Unset):
                expires_after = self.expires_after.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                k: v
                for k, v in {
                    "file": file,
                    "purpose": purpose,
                }.items()
                if v is not UNSET
            }
        )
        if expires_after is not UNSET:
            field_dict["expires_after"] = expires_after

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        if not _models_bound:
            _bind_models()
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        files.append(("purpose", (None, str(self.purpose).encode(), "text/plain")))

        if not isinstance(self.expires_after, Unset):
            files.append(
                (
                    "expires_after",
                    (
                        None,
                        json.dumps(self.expires_after.to_dict()).encode(),
                        "application/json",
                    ),
                )
            )

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _file_raw = d.pop("file", UNSET)
        if _file_raw is None or isinstance(_file_raw, Unset):
            if strict_parsing.get():
                raise KeyError("file")

            file = _file_raw
        else:
            file = File(payload=BytesIO(_file_raw))

        _purpose_raw = d.pop("purpose", UNSET)
        if _purpose_raw is None or isinstance(_purpose_raw, Unset):
            if strict_parsing.get():
                raise KeyError("purpose")

            purpose = _purpose_raw
        else:
            purpose = check_create_file_request_purpose(_purpose_raw)

        _expires_after_raw = d.pop("expires_after", UNSET)
        if _expires_after_raw is None or isinstance(_expires_after_raw, Unset):
            if _expires_after_raw is None and strict_parsing.get():
                raise TypeError("expires_after")

            expires_after = _expires_after_raw
        else:
            _expires_after = _expires_after_raw
            expires_after: FileExpirationAfter | Unset
            if isinstance(_expires_after, Unset):
                expires_after = UNSET
            else:
                expires_after = FileExpirationAfter.from_dict(_expires_after)

        create_file_request = cls(
            file=file,
            purpose=purpose,
            expires_after=expires_after,
        )

        return create_file_request
