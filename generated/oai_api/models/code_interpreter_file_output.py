from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.code_interpreter_file_output_type import (
    CodeInterpreterFileOutputType,
    check_code_interpreter_file_output_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.code_interpreter_file_output_files_item import (
        CodeInterpreterFileOutputFilesItem,
    )


T = TypeVar("T", bound="CodeInterpreterFileOutput")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, CodeInterpreterFileOutputFilesItem
    from ..models.code_interpreter_file_output_files_item import (
        CodeInterpreterFileOutputFilesItem,
    )

    _models_bound = True


@_attrs_define
class CodeInterpreterFileOutput:
    """Code interpreter output in the form of generated files."""

    type_: CodeInterpreterFileOutputType
    files: list[CodeInterpreterFileOutputFilesItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_files = (
            self.files
            if self.files is not None or "files" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_files, list):
            files = _v_files
        else:
            files = []
            for files_item_data in _v_files:
                if not isinstance(files_item_data, CodeInterpreterFileOutputFilesItem):
                    files.append(files_item_data)
                    continue
                files_item = files_item_data.to_dict()
                files.append(files_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "files": files,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_code_interpreter_file_output_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _files_raw = d.pop("files", UNSET)
        if _files_raw is None or isinstance(_files_raw, Unset):
            if strict_parsing.get():
                raise KeyError("files")

            if _files_raw is UNSET:
                _none_flips += ("files",)
            files = None

        else:
            try:
                files = []
                _files = _files_raw
                if not isinstance(_files, list):
                    raise TypeError()
                for files_item_data in _files:
                    files_item = CodeInterpreterFileOutputFilesItem.from_dict(
                        files_item_data
                    )

                    files.append(files_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                files = _files_raw

        code_interpreter_file_output = cls(
            type_=type_,
            files=files,
        )
        if _none_flips:
            code_interpreter_file_output._none_flips = _none_flips

        code_interpreter_file_output.additional_properties = d
        return code_interpreter_file_output

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
