from __future__ import annotations

import json
from collections.abc import Mapping
from io import BytesIO
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.create_file_request_purpose import (
    CreateFileRequestPurpose,
    check_create_file_request_purpose,
)
from ..types import UNSET, File, Unset, model_repr, strict_parsing

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
    expires_after: FileExpirationAfter | None = None
    """ Expiry rule for an uploaded file, counted from its creation. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_file = (
            self.file
            if self.file is not None or "file" not in self._none_flips
            else UNSET
        )

        if _v_file is None or isinstance(_v_file, Unset):
            file = _v_file
        else:
            file = _v_file.to_tuple()

        _v_purpose = (
            self.purpose
            if self.purpose is not None or "purpose" not in self._none_flips
            else UNSET
        )

        if _v_purpose is None or isinstance(_v_purpose, Unset):
            purpose = _v_purpose
        else:
            purpose: str = _v_purpose

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

        _v_file = (
            self.file
            if self.file is not None or "file" not in self._none_flips
            else UNSET
        )

        if _v_file is None or isinstance(_v_file, Unset):
            raise ValueError(
                "CreateFileRequest.file is required: a form cannot be sent without it"
            )
        files.append(("file", _v_file.to_tuple()))

        _v_purpose = (
            self.purpose
            if self.purpose is not None or "purpose" not in self._none_flips
            else UNSET
        )

        if _v_purpose is None or isinstance(_v_purpose, Unset):
            raise ValueError(
                "CreateFileRequest.purpose is required: a form cannot be sent without it"
            )
        files.append(("purpose", (None, str(_v_purpose).encode(), "text/plain")))

        _v_expires_after = (
            self.expires_after
            if self.expires_after is not None or "expires_after" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_expires_after, Unset):
            files.append(
                (
                    "expires_after",
                    (
                        None,
                        json.dumps(_v_expires_after.to_dict()).encode(),
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
        _none_flips: tuple[str, ...] = ()
        _file_raw = d.pop("file", UNSET)
        if _file_raw is None or isinstance(_file_raw, Unset):
            raise KeyError("CreateFileRequest: required field file is missing")

        else:
            file = File(payload=BytesIO(_file_raw))

        _purpose_raw = d.pop("purpose", UNSET)
        if _purpose_raw is None or isinstance(_purpose_raw, Unset):
            raise KeyError("CreateFileRequest: required field purpose is missing")

        else:
            purpose = check_create_file_request_purpose(_purpose_raw)

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

        create_file_request = cls(
            file=file,
            purpose=purpose,
            expires_after=expires_after,
        )
        if _none_flips:
            create_file_request._none_flips = _none_flips

        return create_file_request
