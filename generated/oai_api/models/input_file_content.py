from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_input_detail import FileInputDetail, check_file_input_detail
from ..models.input_file_content_type import (
    InputFileContentType,
    check_input_file_content_type,
)
from ..types import UNSET, Unset, strict_parsing

if TYPE_CHECKING:
    from ..models.prompt_cache_breakpoint_config import PromptCacheBreakpointConfig


T = TypeVar("T", bound="InputFileContent")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, PromptCacheBreakpointConfig
    from ..models.prompt_cache_breakpoint_config import PromptCacheBreakpointConfig

    _models_bound = True


@_attrs_define
class InputFileContent:
    """A file part of an input message, by file ID, URL or inline data."""

    type_: InputFileContentType
    """ Fixed tag `input_file`. """
    file_id: None | str | Unset = UNSET
    """ ID of an uploaded file. """
    filename: str | Unset = UNSET
    """ Name of the file (with inline data). """
    file_data: str | Unset = UNSET
    """ Base64 contents of the file. """
    prompt_cache_breakpoint: PromptCacheBreakpointConfig | Unset = UNSET
    """ Marks the end of a reusable prompt prefix for caching. """
    file_url: str | Unset = UNSET
    """ URL of the file. """
    detail: FileInputDetail | Unset = UNSET
    """ Rendering detail for a file input. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_: str = self.type_

        file_id: None | str | Unset
        if isinstance(self.file_id, Unset):
            file_id = UNSET
        else:
            file_id = self.file_id

        filename = self.filename

        file_data = self.file_data

        if not isinstance(self.prompt_cache_breakpoint, PromptCacheBreakpointConfig):
            prompt_cache_breakpoint = self.prompt_cache_breakpoint
        else:
            prompt_cache_breakpoint: dict[str, Any] | Unset = UNSET
            if not isinstance(self.prompt_cache_breakpoint, Unset):
                prompt_cache_breakpoint = self.prompt_cache_breakpoint.to_dict()

        file_url = self.file_url

        if self.detail is None or isinstance(self.detail, Unset):
            detail = self.detail
        else:
            detail: str | Unset = UNSET
            if not isinstance(self.detail, Unset):
                detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                }.items()
                if v is not UNSET
            }
        )
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if filename is not UNSET:
            field_dict["filename"] = filename
        if file_data is not UNSET:
            field_dict["file_data"] = file_data
        if prompt_cache_breakpoint is not UNSET:
            field_dict["prompt_cache_breakpoint"] = prompt_cache_breakpoint
        if file_url is not UNSET:
            field_dict["file_url"] = file_url
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            type_ = _type__raw
        else:
            try:
                type_ = check_input_file_content_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _file_id_raw = d.pop("file_id", UNSET)
        if _file_id_raw is None or isinstance(_file_id_raw, Unset):
            file_id = _file_id_raw
        else:
            try:

                def _parse_file_id(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                file_id = _parse_file_id(_file_id_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                file_id = _file_id_raw

        filename = d.pop("filename", UNSET)
        if filename is None and strict_parsing.get():
            raise TypeError("filename")

        file_data = d.pop("file_data", UNSET)
        if file_data is None and strict_parsing.get():
            raise TypeError("file_data")

        _prompt_cache_breakpoint_raw = d.pop("prompt_cache_breakpoint", UNSET)
        if _prompt_cache_breakpoint_raw is None or isinstance(
            _prompt_cache_breakpoint_raw, Unset
        ):
            if _prompt_cache_breakpoint_raw is None and strict_parsing.get():
                raise TypeError("prompt_cache_breakpoint")

            prompt_cache_breakpoint = _prompt_cache_breakpoint_raw
        else:
            try:
                _prompt_cache_breakpoint = _prompt_cache_breakpoint_raw
                prompt_cache_breakpoint: PromptCacheBreakpointConfig | Unset
                if isinstance(_prompt_cache_breakpoint, Unset):
                    prompt_cache_breakpoint = UNSET
                else:
                    prompt_cache_breakpoint = PromptCacheBreakpointConfig.from_dict(
                        _prompt_cache_breakpoint
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                prompt_cache_breakpoint = _prompt_cache_breakpoint_raw

        file_url = d.pop("file_url", UNSET)
        if file_url is None and strict_parsing.get():
            raise TypeError("file_url")

        _detail_raw = d.pop("detail", UNSET)
        if _detail_raw is None or isinstance(_detail_raw, Unset):
            if _detail_raw is None and strict_parsing.get():
                raise TypeError("detail")

            detail = _detail_raw
        else:
            try:
                _detail = _detail_raw
                detail: FileInputDetail | Unset
                if isinstance(_detail, Unset):
                    detail = UNSET
                else:
                    detail = check_file_input_detail(_detail)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                detail = _detail_raw

        input_file_content = cls(
            type_=type_,
            file_id=file_id,
            filename=filename,
            file_data=file_data,
            prompt_cache_breakpoint=prompt_cache_breakpoint,
            file_url=file_url,
            detail=detail,
        )

        input_file_content.additional_properties = d
        return input_file_content

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
