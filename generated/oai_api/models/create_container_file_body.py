from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, FileTypes, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="CreateContainerFileBody")


@_attrs_define
class CreateContainerFileBody:
    """Body for adding a file to a container: either the ID of an existing file or a new upload."""

    file_id: str | None = None
    """ ID of an already uploaded file to copy into the container. """
    file: File | None = None
    """ The file's bytes to upload, sent as multipart form data. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_file_id = (
            self.file_id
            if self.file_id is not None or "file_id" in self._none_flips
            else UNSET
        )

        file_id = _v_file_id

        _v_file = (
            self.file if self.file is not None or "file" in self._none_flips else UNSET
        )

        if _v_file is None or isinstance(_v_file, Unset):
            file = _v_file
        else:
            file: FileTypes | Unset = UNSET
            if not isinstance(_v_file, Unset):
                file = _v_file.to_tuple()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if file is not UNSET:
            field_dict["file"] = file

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        _v_file_id = (
            self.file_id
            if self.file_id is not None or "file_id" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_file_id, Unset):
            files.append(("file_id", (None, str(_v_file_id).encode(), "text/plain")))

        _v_file = (
            self.file if self.file is not None or "file" in self._none_flips else UNSET
        )

        if not isinstance(_v_file, Unset):
            files.append(("file", _v_file.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        file_id = d.pop("file_id", UNSET)
        if file_id is None and strict_parsing.get():
            raise TypeError("file_id")

        if file_id is None or file_id is UNSET:
            if file_id is None:
                _none_flips += ("file_id",)
            file_id = None

        _file_raw = d.pop("file", UNSET)
        if _file_raw is None or isinstance(_file_raw, Unset):
            if _file_raw is None and strict_parsing.get():
                raise TypeError("file")

            if _file_raw is None:
                _none_flips += ("file",)
            file = None

        else:
            _file = _file_raw
            file: File | Unset
            if isinstance(_file, Unset):
                file = UNSET
            else:
                file = File(payload=BytesIO(_file))

        create_container_file_body = cls(
            file_id=file_id,
            file=file,
        )
        if _none_flips:
            create_container_file_body._none_flips = _none_flips

        create_container_file_body.additional_properties = d
        return create_container_file_body

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
