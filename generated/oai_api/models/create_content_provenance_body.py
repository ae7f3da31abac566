from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, Unset, model_repr

T = TypeVar("T", bound="CreateContentProvenanceBody")


@_attrs_define
class CreateContentProvenanceBody:
    """Body for a provenance check: the image or audio file to inspect."""

    file: File
    """ The image or audio upload to inspect; C2PA is read from images, SynthID from images and audio. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_file = (
            self.file
            if self.file is not None or "file" not in self._none_flips
            else UNSET
        )

        if _v_file is None or isinstance(_v_file, Unset):
            file = _v_file
        else:
            file = _v_file.to_tuple()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "file": file,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        _v_file = (
            self.file
            if self.file is not None or "file" not in self._none_flips
            else UNSET
        )

        if _v_file is None or isinstance(_v_file, Unset):
            raise ValueError(
                "CreateContentProvenanceBody.file is required: a form cannot be sent without it"
            )
        files.append(("file", _v_file.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _file_raw = d.pop("file", UNSET)
        if _file_raw is None or isinstance(_file_raw, Unset):
            raise KeyError(
                "CreateContentProvenanceBody: required field file is missing"
            )

        else:
            file = File(payload=BytesIO(_file_raw))

        create_content_provenance_body = cls(
            file=file,
        )
        if _none_flips:
            create_content_provenance_body._none_flips = _none_flips

        create_content_provenance_body.additional_properties = d
        return create_content_provenance_body

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
