from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_image_detail import BetaImageDetail, check_beta_image_detail
from ..models.beta_input_image_content_type import (
    BetaInputImageContentType,
    check_beta_input_image_content_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_prompt_cache_breakpoint_config import (
        BetaPromptCacheBreakpointConfig,
    )


T = TypeVar("T", bound="BetaInputImageContent")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, BetaPromptCacheBreakpointConfig
    from ..models.beta_prompt_cache_breakpoint_config import (
        BetaPromptCacheBreakpointConfig,
    )

    _models_bound = True


@_attrs_define
class BetaInputImageContent:
    """An image part of an input message, by URL, data URL or file ID."""

    type_: BetaInputImageContentType
    """ Fixed tag `input_image`. """
    detail: BetaImageDetail
    """ How closely the model looks at an image; `original` keeps full resolution. """
    image_url: None | str = None
    """ Image URL or base64 data URL. """
    file_id: None | str = None
    """ ID of an uploaded image file. """
    prompt_cache_breakpoint: BetaPromptCacheBreakpointConfig | None = None
    """ An explicit cache breakpoint ending a reusable prefix exactly here; its TTL comes from
    `prompt_cache_options.ttl`. """
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

        _v_detail = (
            self.detail
            if self.detail is not None or "detail" not in self._none_flips
            else UNSET
        )

        if _v_detail is None or isinstance(_v_detail, Unset):
            detail = _v_detail
        else:
            detail: str = _v_detail

        _v_image_url = (
            self.image_url
            if self.image_url is not None or "image_url" in self._none_flips
            else UNSET
        )

        image_url: None | str | Unset
        if isinstance(_v_image_url, Unset):
            image_url = UNSET
        else:
            image_url = _v_image_url

        _v_file_id = (
            self.file_id
            if self.file_id is not None or "file_id" in self._none_flips
            else UNSET
        )

        file_id: None | str | Unset
        if isinstance(_v_file_id, Unset):
            file_id = UNSET
        else:
            file_id = _v_file_id

        _v_prompt_cache_breakpoint = (
            self.prompt_cache_breakpoint
            if self.prompt_cache_breakpoint is not None
            or "prompt_cache_breakpoint" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_prompt_cache_breakpoint, BetaPromptCacheBreakpointConfig):
            prompt_cache_breakpoint = _v_prompt_cache_breakpoint
        else:
            prompt_cache_breakpoint: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_prompt_cache_breakpoint, Unset):
                prompt_cache_breakpoint = _v_prompt_cache_breakpoint.to_dict()

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
                type_ = check_beta_input_image_content_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _detail_raw = d.pop("detail", UNSET)
        if _detail_raw is None or isinstance(_detail_raw, Unset):
            if strict_parsing.get():
                raise KeyError("detail")

            if _detail_raw is UNSET:
                _none_flips += ("detail",)
            detail = None

        else:
            try:
                detail = check_beta_image_detail(_detail_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                detail = _detail_raw

        _image_url_raw = d.pop("image_url", UNSET)
        if _image_url_raw is None or isinstance(_image_url_raw, Unset):
            if _image_url_raw is None:
                _none_flips += ("image_url",)
            image_url = None

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
            if _file_id_raw is None:
                _none_flips += ("file_id",)
            file_id = None

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

            if _prompt_cache_breakpoint_raw is None:
                _none_flips += ("prompt_cache_breakpoint",)
            prompt_cache_breakpoint = None

        else:
            try:
                _prompt_cache_breakpoint = _prompt_cache_breakpoint_raw
                prompt_cache_breakpoint: BetaPromptCacheBreakpointConfig | Unset
                if isinstance(_prompt_cache_breakpoint, Unset):
                    prompt_cache_breakpoint = UNSET
                else:
                    prompt_cache_breakpoint = BetaPromptCacheBreakpointConfig.from_dict(
                        _prompt_cache_breakpoint
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                prompt_cache_breakpoint = _prompt_cache_breakpoint_raw

        beta_input_image_content = cls(
            type_=type_,
            detail=detail,
            image_url=image_url,
            file_id=file_id,
            prompt_cache_breakpoint=prompt_cache_breakpoint,
        )
        if _none_flips:
            beta_input_image_content._none_flips = _none_flips

        beta_input_image_content.additional_properties = d
        return beta_input_image_content

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
