from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.upload_object import UploadObject, check_upload_object
from ..models.upload_status import UploadStatus, check_upload_status
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.open_ai_file import OpenAIFile


T = TypeVar("T", bound="Upload")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, OpenAIFile
    from ..models.open_ai_file import OpenAIFile

    _models_bound = True


@_attrs_define
class Upload:
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
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

        _v_created_at = (
            self.created_at
            if self.created_at is not None or "created_at" not in self._none_flips
            else UNSET
        )

        created_at = _v_created_at

        _v_filename = (
            self.filename
            if self.filename is not None or "filename" not in self._none_flips
            else UNSET
        )

        filename = _v_filename

        _v_bytes_ = (
            self.bytes_
            if self.bytes_ is not None or "bytes_" not in self._none_flips
            else UNSET
        )

        bytes_ = _v_bytes_

        _v_purpose = (
            self.purpose
            if self.purpose is not None or "purpose" not in self._none_flips
            else UNSET
        )

        purpose = _v_purpose

        _v_status = (
            self.status
            if self.status is not None or "status" not in self._none_flips
            else UNSET
        )

        if _v_status is None or isinstance(_v_status, Unset):
            status = _v_status
        else:
            status: str = _v_status

        _v_expires_at = (
            self.expires_at
            if self.expires_at is not None or "expires_at" not in self._none_flips
            else UNSET
        )

        expires_at = _v_expires_at

        _v_object_ = (
            self.object_
            if self.object_ is not None or "object_" in self._none_flips
            else UNSET
        )

        if _v_object_ is None or isinstance(_v_object_, Unset):
            object_ = _v_object_
        else:
            object_: str | Unset = UNSET
            if not isinstance(_v_object_, Unset):
                object_ = _v_object_

        _v_file = (
            self.file if self.file is not None or "file" in self._none_flips else UNSET
        )

        file: dict[str, Any] | None | Unset
        if isinstance(_v_file, Unset):
            file = UNSET
        elif isinstance(_v_file, OpenAIFile):
            file = _v_file.to_dict()
        else:
            file = _v_file

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "id": id,
                    "created_at": created_at,
                    "filename": filename,
                    "bytes": bytes_,
                    "purpose": purpose,
                    "status": status,
                    "expires_at": expires_at,
                }.items()
                if v is not UNSET
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if file is not UNSET:
            field_dict["file"] = file

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        created_at = d.pop("created_at", UNSET)
        if (
            created_at is None or isinstance(created_at, Unset)
        ) and strict_parsing.get():
            raise KeyError("created_at")

        if created_at is None or created_at is UNSET:
            if created_at is UNSET:
                _none_flips += ("created_at",)
            created_at = None

        filename = d.pop("filename", UNSET)
        if (filename is None or isinstance(filename, Unset)) and strict_parsing.get():
            raise KeyError("filename")

        if filename is None or filename is UNSET:
            if filename is UNSET:
                _none_flips += ("filename",)
            filename = None

        bytes_ = d.pop("bytes", UNSET)
        if (bytes_ is None or isinstance(bytes_, Unset)) and strict_parsing.get():
            raise KeyError("bytes")

        if bytes_ is None or bytes_ is UNSET:
            if bytes_ is UNSET:
                _none_flips += ("bytes_",)
            bytes_ = None

        purpose = d.pop("purpose", UNSET)
        if (purpose is None or isinstance(purpose, Unset)) and strict_parsing.get():
            raise KeyError("purpose")

        if purpose is None or purpose is UNSET:
            if purpose is UNSET:
                _none_flips += ("purpose",)
            purpose = None

        _status_raw = d.pop("status", UNSET)
        if _status_raw is None or isinstance(_status_raw, Unset):
            if strict_parsing.get():
                raise KeyError("status")

            if _status_raw is UNSET:
                _none_flips += ("status",)
            status = None

        else:
            try:
                status = check_upload_status(_status_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                status = _status_raw

        expires_at = d.pop("expires_at", UNSET)
        if (
            expires_at is None or isinstance(expires_at, Unset)
        ) and strict_parsing.get():
            raise KeyError("expires_at")

        if expires_at is None or expires_at is UNSET:
            if expires_at is UNSET:
                _none_flips += ("expires_at",)
            expires_at = None

        _object__raw = d.pop("object", UNSET)
        if _object__raw is None or isinstance(_object__raw, Unset):
            if _object__raw is None and strict_parsing.get():
                raise TypeError("object")

            if _object__raw is None:
                _none_flips += ("object_",)
            object_ = None

        else:
            try:
                _object_ = _object__raw
                object_: UploadObject | Unset
                if isinstance(_object_, Unset):
                    object_ = UNSET
                else:
                    object_ = check_upload_object(_object_)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        _file_raw = d.pop("file", UNSET)
        if _file_raw is None or isinstance(_file_raw, Unset):
            if _file_raw is None:
                _none_flips += ("file",)
            file = None

        else:
            try:

                def _parse_file(data: object) -> None | OpenAIFile | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, dict):
                        if data.get("object") == "file":
                            try:
                                file_type_0 = OpenAIFile.from_dict(data)

                                return file_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("object", "file") not in ("file",):
                            raise TypeError()
                        file_type_0 = OpenAIFile.from_dict(data)

                        return file_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(None | OpenAIFile | Unset, data)

                file = _parse_file(_file_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                file = _file_raw

        upload = cls(
            id=id,
            created_at=created_at,
            filename=filename,
            bytes_=bytes_,
            purpose=purpose,
            status=status,
            expires_at=expires_at,
            object_=object_,
            file=file,
        )
        if _none_flips:
            upload._none_flips = _none_flips

        upload.additional_properties = d
        return upload

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
