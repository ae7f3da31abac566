from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_ai_file_object import OpenAIFileObject, check_open_ai_file_object
from ..models.open_ai_file_purpose import OpenAIFilePurpose, check_open_ai_file_purpose
from ..models.open_ai_file_status import OpenAIFileStatus, check_open_ai_file_status
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="OpenAIFile")


@_attrs_define
class OpenAIFile:
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
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

        _v_bytes_ = (
            self.bytes_
            if self.bytes_ is not None or "bytes_" not in self._none_flips
            else UNSET
        )

        bytes_ = _v_bytes_

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

        _v_object_ = (
            self.object_
            if self.object_ is not None or "object_" not in self._none_flips
            else UNSET
        )

        if _v_object_ is None or isinstance(_v_object_, Unset):
            object_ = _v_object_
        else:
            object_: str = _v_object_

        _v_purpose = (
            self.purpose
            if self.purpose is not None or "purpose" not in self._none_flips
            else UNSET
        )

        if _v_purpose is None or isinstance(_v_purpose, Unset):
            purpose = _v_purpose
        else:
            purpose: str = _v_purpose

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
            if self.expires_at is not None or "expires_at" in self._none_flips
            else UNSET
        )

        expires_at = _v_expires_at

        _v_status_details = (
            self.status_details
            if self.status_details is not None or "status_details" in self._none_flips
            else UNSET
        )

        status_details = _v_status_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "id": id,
                    "bytes": bytes_,
                    "created_at": created_at,
                    "filename": filename,
                    "object": object_,
                    "purpose": purpose,
                    "status": status,
                }.items()
                if v is not UNSET
            }
        )
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if status_details is not UNSET:
            field_dict["status_details"] = status_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        bytes_ = d.pop("bytes", UNSET)
        if (bytes_ is None or isinstance(bytes_, Unset)) and strict_parsing.get():
            raise KeyError("bytes")

        if bytes_ is None or bytes_ is UNSET:
            if bytes_ is UNSET:
                _none_flips += ("bytes_",)
            bytes_ = None

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

        _object__raw = d.pop("object", UNSET)
        if _object__raw is None or isinstance(_object__raw, Unset):
            if strict_parsing.get():
                raise KeyError("object")

            if _object__raw is UNSET:
                _none_flips += ("object_",)
            object_ = None

        else:
            try:
                object_ = check_open_ai_file_object(_object__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        _purpose_raw = d.pop("purpose", UNSET)
        if _purpose_raw is None or isinstance(_purpose_raw, Unset):
            if strict_parsing.get():
                raise KeyError("purpose")

            if _purpose_raw is UNSET:
                _none_flips += ("purpose",)
            purpose = None

        else:
            try:
                purpose = check_open_ai_file_purpose(_purpose_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                purpose = _purpose_raw

        _status_raw = d.pop("status", UNSET)
        if _status_raw is None or isinstance(_status_raw, Unset):
            if strict_parsing.get():
                raise KeyError("status")

            if _status_raw is UNSET:
                _none_flips += ("status",)
            status = None

        else:
            try:
                status = check_open_ai_file_status(_status_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                status = _status_raw

        expires_at = d.pop("expires_at", UNSET)
        if expires_at is None and strict_parsing.get():
            raise TypeError("expires_at")

        if expires_at is None or expires_at is UNSET:
            if expires_at is None:
                _none_flips += ("expires_at",)
            expires_at = None

        status_details = d.pop("status_details", UNSET)
        if status_details is None and strict_parsing.get():
            raise TypeError("status_details")

        if status_details is None or status_details is UNSET:
            if status_details is None:
                _none_flips += ("status_details",)
            status_details = None

        open_ai_file = cls(
            id=id,
            bytes_=bytes_,
            created_at=created_at,
            filename=filename,
            object_=object_,
            purpose=purpose,
            status=status,
            expires_at=expires_at,
            status_details=status_details,
        )
        if _none_flips:
            open_ai_file._none_flips = _none_flips

        open_ai_file.additional_properties = d
        return open_ai_file

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
