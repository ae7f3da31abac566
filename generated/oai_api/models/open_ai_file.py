from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_ai_file_object import OpenAIFileObject, check_open_ai_file_object
from ..models.open_ai_file_purpose import OpenAIFilePurpose, check_open_ai_file_purpose
from ..models.open_ai_file_status import OpenAIFileStatus, check_open_ai_file_status
from ..types import UNSET, Unset, strict_parsing

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
    expires_at: int | Unset = UNSET
    """ When the file expires (Unix seconds), if it does. """
    status_details: str | Unset = UNSET
    """ Old field: why processing failed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        bytes_ = self.bytes_

        created_at = self.created_at

        filename = self.filename

        if self.object_ is None or isinstance(self.object_, Unset):
            object_ = self.object_
        else:
            object_: str = self.object_

        if self.purpose is None or isinstance(self.purpose, Unset):
            purpose = self.purpose
        else:
            purpose: str = self.purpose

        if self.status is None or isinstance(self.status, Unset):
            status = self.status
        else:
            status: str = self.status

        expires_at = self.expires_at

        status_details = self.status_details

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
        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        bytes_ = d.pop("bytes", UNSET)
        if (bytes_ is None or isinstance(bytes_, Unset)) and strict_parsing.get():
            raise KeyError("bytes")

        created_at = d.pop("created_at", UNSET)
        if (
            created_at is None or isinstance(created_at, Unset)
        ) and strict_parsing.get():
            raise KeyError("created_at")

        filename = d.pop("filename", UNSET)
        if (filename is None or isinstance(filename, Unset)) and strict_parsing.get():
            raise KeyError("filename")

        _object__raw = d.pop("object", UNSET)
        if _object__raw is None or isinstance(_object__raw, Unset):
            if strict_parsing.get():
                raise KeyError("object")

            object_ = _object__raw
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

            purpose = _purpose_raw
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

            status = _status_raw
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

        status_details = d.pop("status_details", UNSET)
        if status_details is None and strict_parsing.get():
            raise TypeError("status_details")

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
