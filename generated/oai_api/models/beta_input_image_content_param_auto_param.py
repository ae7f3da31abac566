from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_detail_enum import BetaDetailEnum, check_beta_detail_enum
from ..models.beta_input_image_content_param_auto_param_type import (
    BetaInputImageContentParamAutoParamType,
    check_beta_input_image_content_param_auto_param_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_prompt_cache_breakpoint_param import (
        BetaPromptCacheBreakpointParam,
    )


T = TypeVar("T", bound="BetaInputImageContentParamAutoParam")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, BetaPromptCacheBreakpointParam
    from ..models.beta_prompt_cache_breakpoint_param import (
        BetaPromptCacheBreakpointParam,
    )

    _models_bound = True


@_attrs_define
class BetaInputImageContentParamAutoParam:
    """An image part of a tool output or agent message, by URL, data URL or file ID."""

    type_: BetaInputImageContentParamAutoParamType
    """ Fixed tag `input_image`. """
    image_url: None | str = None
    """ Image URL or base64 data URL. """
    file_id: None | str = None
    """ ID of an uploaded image file. """
    detail: BetaDetailEnum | None = None
    """ How closely to look at the image: `low`, `high`, `auto` (default) or `original`. """
    prompt_cache_breakpoint: BetaPromptCacheBreakpointParam | None = None
    """ Mark the end of a reusable prompt prefix here. """
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

        _v_detail = (
            self.detail
            if self.detail is not None or "detail" in self._none_flips
            else UNSET
        )

        detail: None | str | Unset
        if isinstance(_v_detail, Unset):
            detail = UNSET
        else:
            detail = _v_detail

        _v_prompt_cache_breakpoint = (
            self.prompt_cache_breakpoint
            if self.prompt_cache_breakpoint is not None
            or "prompt_cache_breakpoint" in self._none_flips
            else UNSET
        )

        prompt_cache_breakpoint: dict[str, Any] | None | Unset
        if isinstance(_v_prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = UNSET
        elif isinstance(_v_prompt_cache_breakpoint, BetaPromptCacheBreakpointParam):
            prompt_cache_breakpoint = _v_prompt_cache_breakpoint.to_dict()
        else:
            prompt_cache_breakpoint = _v_prompt_cache_breakpoint

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
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if detail is not UNSET:
            field_dict["detail"] = detail
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
                type_ = check_beta_input_image_content_param_auto_param_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

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

        _detail_raw = d.pop("detail", UNSET)
        if _detail_raw is None or isinstance(_detail_raw, Unset):
            if _detail_raw is None:
                _none_flips += ("detail",)
            detail = None

        else:
            try:

                def _parse_detail(data: object) -> BetaDetailEnum | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        detail_type_0 = check_beta_detail_enum(data)

                        return detail_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(BetaDetailEnum | None | Unset, data)

                detail = _parse_detail(_detail_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                detail = _detail_raw

        _prompt_cache_breakpoint_raw = d.pop("prompt_cache_breakpoint", UNSET)
        if _prompt_cache_breakpoint_raw is None or isinstance(
            _prompt_cache_breakpoint_raw, Unset
        ):
            if _prompt_cache_breakpoint_raw is None:
                _none_flips += ("prompt_cache_breakpoint",)
            prompt_cache_breakpoint = None

        else:
            try:

                def _parse_prompt_cache_breakpoint(
                    data: object,
                ) -> BetaPromptCacheBreakpointParam | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        prompt_cache_breakpoint_type_0 = (
                            BetaPromptCacheBreakpointParam.from_dict(data)
                        )

                        return prompt_cache_breakpoint_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(BetaPromptCacheBreakpointParam | None | Unset, data)

                prompt_cache_breakpoint = _parse_prompt_cache_breakpoint(
                    _prompt_cache_breakpoint_raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                prompt_cache_breakpoint = _prompt_cache_breakpoint_raw

        beta_input_image_content_param_auto_param = cls(
            type_=type_,
            image_url=image_url,
            file_id=file_id,
            detail=detail,
            prompt_cache_breakpoint=prompt_cache_breakpoint,
        )
        if _none_flips:
            beta_input_image_content_param_auto_param._none_flips = _none_flips

        beta_input_image_content_param_auto_param.additional_properties = d
        return beta_input_image_content_param_auto_param

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
