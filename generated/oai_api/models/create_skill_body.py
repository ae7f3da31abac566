from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, FileTypes, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="CreateSkillBody")


@_attrs_define
class CreateSkillBody:
    """Body for creating a skill; send one zip archive or every file of a folder as multipart `files[]`."""

    files: File | list[File]
    """ The skill's files (up to 500, as a directory upload) or a single zip archive. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_files = (
            self.files
            if self.files is not None or "files" not in self._none_flips
            else UNSET
        )

        if _v_files is None or isinstance(_v_files, Unset):
            files = _v_files
        else:
            files: FileTypes | list[FileTypes]
            if isinstance(_v_files, list):
                files = []
                for files_type_0_item_data in _v_files:
                    files_type_0_item = files_type_0_item_data.to_tuple()

                    files.append(files_type_0_item)

            elif isinstance(_v_files, File):
                files = _v_files.to_tuple()

            else:
                files = _v_files

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "files": files,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        _v_files = (
            self.files
            if self.files is not None or "files" not in self._none_flips
            else UNSET
        )

        if _v_files is None or isinstance(_v_files, Unset):
            raise ValueError(
                "CreateSkillBody.files is required: a form cannot be sent without it"
            )
        if isinstance(_v_files, list):
            for files_type_0_item_element in _v_files:
                files.append(("files", files_type_0_item_element.to_tuple()))
        else:
            files.append(("files", _v_files.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _files_raw = d.pop("files", UNSET)
        if _files_raw is None or isinstance(_files_raw, Unset):
            raise KeyError("CreateSkillBody: required field files is missing")

        else:

            def _parse_files(data: object) -> File | list[File]:

                if not strict_parsing.get():
                    strictly = strict_parsing.set(True)
                    try:
                        return _parse_files(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    finally:
                        strict_parsing.reset(strictly)
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    files_type_0 = []
                    _files_type_0 = data
                    if not isinstance(_files_type_0, list):
                        raise TypeError()
                    for files_type_0_item_data in _files_type_0:
                        files_type_0_item = File(
                            payload=BytesIO(files_type_0_item_data)
                        )

                        files_type_0.append(files_type_0_item)

                    return files_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, bytes):
                        raise TypeError()
                    files_type_1 = File(payload=BytesIO(data))

                    return files_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(File | list[File], data)

            files = _parse_files(_files_raw)

        create_skill_body = cls(
            files=files,
        )
        if _none_flips:
            create_skill_body._none_flips = _none_flips

        create_skill_body.additional_properties = d
        return create_skill_body

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
