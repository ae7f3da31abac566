from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_detail import ImageDetail, check_image_detail
from ..models.input_image_content_type import (
    InputImageContentType,
    check_input_image_content_type,
)
from ..types import UNSET, Unset, strict_parsing

if TYPE_CHECKING:
    from ..models.prompt_cache_breakpoint_config import PromptCacheBreakpointConfig


T = TypeVar("T", bound="InputImageContent")

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
class InputImageContent:
    """An image part of an input message, by URL, data URL or file ID."""

    type_: InputImageContentType
    """ Fixed tag `input_image`. """
    detail: ImageDetail
    """ How closely the model looks at an image; `original` keeps full resolution. """
    image_url: None | str | Unset = UNSET
    """ Image URL or base64 data URL. """
    file_id: None | str | Unset = UNSET
    """ ID of an uploaded image file. """
    prompt_cache_breakpoint: PromptCacheBreakpointConfig | Unset = UNSET
    """ Marks the end of a reusable prompt prefix for caching. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_: str = self.type_

        if self.detail is None or isinstance(self.detail, Unset):
            detail = self.detail
        else:
            detail: str = self.detail

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        file_id: None | str | Unset
        if isinstance(self.file_id, Unset):
            file_id = UNSET
        else:
            file_id = self.file_id

        if not isinstance(self.prompt_cache_breakpoint, PromptCacheBreakpointConfig):
            prompt_cache_breakpoint = self.prompt_cache_breakpoint
        else:
            prompt_cache_breakpoint: dict[str, Any] | Unset = UNSET
            if not isinstance(self.prompt_cache_breakpoint, Unset):
                prompt_cache_breakpoint = self.prompt_cache_breakpoint.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "detail": detail,
                }.items()
                if v is not UNSET
            }
        )
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if prompt_cache_breakpoint is not UNSET:
            field_dict["prompt_cache_breakpoint"] = prompt_cache_breakpoint

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
                type_ = check_input_image_content_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _detail_raw = d.pop("detail", UNSET)
        if _detail_raw is None or isinstance(_detail_raw, Unset):
            if strict_parsing.get():
                raise KeyError("detail")

            detail = _detail_raw
        else:
            try:
                detail = check_image_detail(_detail_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                detail = _detail_raw

        _image_url_raw = d.pop("image_url", UNSET)
        if _image_url_raw is None or isinstance(_image_url_raw, Unset):
            image_url = _image_url_raw
        else:
            try:

                def _parse_image_url(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                image_url = _parse_image_url(_image_url_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                image_url = _image_url_raw

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

        input_image_content = cls(
            type_=type_,
            detail=detail,
            image_url=image_url,
            file_id=file_id,
            prompt_cache_breakpoint=prompt_cache_breakpoint,
        )

        input_image_content.additional_properties = d
        return input_image_content

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
