from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_file_detail_enum import (
    BetaFileDetailEnum,
    check_beta_file_detail_enum,
)
from ..models.beta_input_file_content_param_type import (
    BetaInputFileContentParamType,
    check_beta_input_file_content_param_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_prompt_cache_breakpoint_param import (
        BetaPromptCacheBreakpointParam,
    )


T = TypeVar("T", bound="BetaInputFileContentParam")

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
class BetaInputFileContentParam:
    """A file part of a tool output."""

    type_: BetaInputFileContentParamType
    """ Fixed tag `input_file`. """
    file_id: None | str = None
    """ ID of an uploaded file. """
    filename: None | str = None
    """ Name of the file (with inline data). """
    file_data: None | str = None
    """ Base64 contents of the file. """
    file_url: None | str = None
    """ URL of the file. """
    detail: BetaFileDetailEnum | None = None
    """ Rendering detail for a file input. """
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

        _v_filename = (
            self.filename
            if self.filename is not None or "filename" in self._none_flips
            else UNSET
        )

        filename: None | str | Unset
        if isinstance(_v_filename, Unset):
            filename = UNSET
        else:
            filename = _v_filename

        _v_file_data = (
            self.file_data
            if self.file_data is not None or "file_data" in self._none_flips
            else UNSET
        )

        file_data: None | str | Unset
        if isinstance(_v_file_data, Unset):
            file_data = UNSET
        else:
            file_data = _v_file_data

        _v_file_url = (
            self.file_url
            if self.file_url is not None or "file_url" in self._none_flips
            else UNSET
        )

        file_url: None | str | Unset
        if isinstance(_v_file_url, Unset):
            file_url = UNSET
        else:
            file_url = _v_file_url

        _v_detail = (
            self.detail
            if self.detail is not None or "detail" in self._none_flips
            else UNSET
        )

        if _v_detail is None or isinstance(_v_detail, Unset):
            detail = _v_detail
        else:
            detail: str | Unset = UNSET
            if not isinstance(_v_detail, Unset):
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
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if filename is not UNSET:
            field_dict["filename"] = filename
        if file_data is not UNSET:
            field_dict["file_data"] = file_data
        if file_url is not UNSET:
            field_dict["file_url"] = file_url
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
                type_ = check_beta_input_file_content_param_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

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

        _filename_raw = d.pop("filename", UNSET)
        if _filename_raw is None or isinstance(_filename_raw, Unset):
            if _filename_raw is None:
                _none_flips += ("filename",)
            filename = None

        else:
            try:

                def _parse_filename(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                filename = _parse_filename(_filename_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                filename = _filename_raw

        _file_data_raw = d.pop("file_data", UNSET)
        if _file_data_raw is None or isinstance(_file_data_raw, Unset):
            if _file_data_raw is None:
                _none_flips += ("file_data",)
            file_data = None

        else:
            try:

                def _parse_file_data(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                file_data = _parse_file_data(_file_data_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                file_data = _file_data_raw

        _file_url_raw = d.pop("file_url", UNSET)
        if _file_url_raw is None or isinstance(_file_url_raw, Unset):
            if _file_url_raw is None:
                _none_flips += ("file_url",)
            file_url = None

        else:
            try:

                def _parse_file_url(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                file_url = _parse_file_url(_file_url_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                file_url = _file_url_raw

        _detail_raw = d.pop("detail", UNSET)
        if _detail_raw is None or isinstance(_detail_raw, Unset):
            if _detail_raw is None and strict_parsing.get():
                raise TypeError("detail")

            if _detail_raw is None:
                _none_flips += ("detail",)
            detail = None

        else:
            try:
                _detail = _detail_raw
                detail: BetaFileDetailEnum | Unset
                if isinstance(_detail, Unset):
                    detail = UNSET
                else:
                    detail = check_beta_file_detail_enum(_detail)

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

        beta_input_file_content_param = cls(
            type_=type_,
            file_id=file_id,
            filename=filename,
            file_data=file_data,
            file_url=file_url,
            detail=detail,
            prompt_cache_breakpoint=prompt_cache_breakpoint,
        )
        if _none_flips:
            beta_input_file_content_param._none_flips = _none_flips

        beta_input_file_content_param.additional_properties = d
        return beta_input_file_content_param

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
