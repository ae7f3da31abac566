from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_upload_request_purpose import (
    CreateUploadRequestPurpose,
    check_create_upload_request_purpose,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.file_expiration_after import FileExpirationAfter


T = TypeVar("T", bound="CreateUploadRequest")

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
class CreateUploadRequest:
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
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_filename = (
            self.filename
            if self.filename is not None or "filename" not in self._none_flips
            else UNSET
        )

        filename = _v_filename

        _v_purpose = (
            self.purpose
            if self.purpose is not None or "purpose" not in self._none_flips
            else UNSET
        )

        if _v_purpose is None or isinstance(_v_purpose, Unset):
            purpose = _v_purpose
        else:
            purpose: str = _v_purpose

        _v_bytes_ = (
            self.bytes_
            if self.bytes_ is not None or "bytes_" not in self._none_flips
            else UNSET
        )

        bytes_ = _v_bytes_

        _v_mime_type = (
            self.mime_type
            if self.mime_type is not None or "mime_type" not in self._none_flips
            else UNSET
        )

        mime_type = _v_mime_type

        _v_expires_after = (
            self.expires_after
            if self.expires_after is not None or "expires_after" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_expires_after, FileExpirationAfter):
            expires_after = _v_expires_after
        else:
            expires_after: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_expires_after, Unset):
                expires_after = _v_expires_after.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                k: v
                for k, v in {
                    "filename": filename,
                    "purpose": purpose,
                    "bytes": bytes_,
                    "mime_type": mime_type,
                }.items()
                if v is not UNSET
            }
        )
        if expires_after is not UNSET:
            field_dict["expires_after"] = expires_after

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        filename = d.pop("filename", UNSET)
        if filename is None or isinstance(filename, Unset):
            raise KeyError("CreateUploadRequest: required field filename is missing")

        if filename is None or filename is UNSET:
            if filename is UNSET:
                _none_flips += ("filename",)
            filename = None

        _purpose_raw = d.pop("purpose", UNSET)
        if _purpose_raw is None or isinstance(_purpose_raw, Unset):
            raise KeyError("CreateUploadRequest: required field purpose is missing")

        else:
            purpose = check_create_upload_request_purpose(_purpose_raw)

        bytes_ = d.pop("bytes", UNSET)
        if bytes_ is None or isinstance(bytes_, Unset):
            raise KeyError("CreateUploadRequest: required field bytes is missing")

        if bytes_ is None or bytes_ is UNSET:
            if bytes_ is UNSET:
                _none_flips += ("bytes_",)
            bytes_ = None

        mime_type = d.pop("mime_type", UNSET)
        if mime_type is None or isinstance(mime_type, Unset):
            raise KeyError("CreateUploadRequest: required field mime_type is missing")

        if mime_type is None or mime_type is UNSET:
            if mime_type is UNSET:
                _none_flips += ("mime_type",)
            mime_type = None

        _expires_after_raw = d.pop("expires_after", UNSET)
        if _expires_after_raw is None or isinstance(_expires_after_raw, Unset):
            if _expires_after_raw is None and strict_parsing.get():
                raise TypeError("expires_after")

            if _expires_after_raw is None:
                _none_flips += ("expires_after",)
            expires_after = None

        else:
            _expires_after = _expires_after_raw
            expires_after: FileExpirationAfter | Unset
            if isinstance(_expires_after, Unset):
                expires_after = UNSET
            else:
                expires_after = FileExpirationAfter.from_dict(_expires_after)

        create_upload_request = cls(
            filename=filename,
            purpose=purpose,
            bytes_=bytes_,
            mime_type=mime_type,
            expires_after=expires_after,
        )
        if _none_flips:
            create_upload_request._none_flips = _none_flips

        return create_upload_request
