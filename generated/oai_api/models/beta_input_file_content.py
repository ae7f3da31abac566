from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_file_input_detail import (
    BetaFileInputDetail,
    check_beta_file_input_detail,
)
from ..models.beta_input_file_content_type import (
    BetaInputFileContentType,
    check_beta_input_file_content_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_prompt_cache_breakpoint_config import (
        BetaPromptCacheBreakpointConfig,
    )


T = TypeVar("T", bound="BetaInputFileContent")

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
class BetaInputFileContent:
    """A file part of an input message, by file ID, URL or inline data."""

    type_: BetaInputFileContentType
    """ Fixed tag `input_file`. """
    file_id: None | str = None
    """ ID of an uploaded file. """
    filename: str | None = None
    """ Name of the file (with inline data). """
    file_data: str | None = None
    """ Base64 contents of the file. """
    prompt_cache_breakpoint: BetaPromptCacheBreakpointConfig | None = None
    """ An explicit cache breakpoint ending a reusable prefix exactly here; its TTL comes from
    `prompt_cache_options.ttl`. """
    file_url: str | None = None
    """ URL of the file. """
    detail: BetaFileInputDetail | None = None
    """ Rendering detail for a file input. """
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

        filename = _v_filename

        _v_file_data = (
            self.file_data
            if self.file_data is not None or "file_data" in self._none_flips
            else UNSET
        )

        file_data = _v_file_data

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

        _v_file_url = (
            self.file_url
            if self.file_url is not None or "file_url" in self._none_flips
            else UNSET
        )

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
                type_ = check_beta_input_file_content_type(_type__raw)

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

        filename = d.pop("filename", UNSET)
        if filename is None and strict_parsing.get():
            raise TypeError("filename")

        if filename is None or filename is UNSET:
            if filename is None:
                _none_flips += ("filename",)
            filename = None

        file_data = d.pop("file_data", UNSET)
        if file_data is None and strict_parsing.get():
            raise TypeError("file_data")

        if file_data is None or file_data is UNSET:
            if file_data is None:
                _none_flips += ("file_data",)
            file_data = None

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

        file_url = d.pop("file_url", UNSET)
        if file_url is None and strict_parsing.get():
            raise TypeError("file_url")

        if file_url is None or file_url is UNSET:
            if file_url is None:
                _none_flips += ("file_url",)
            file_url = None

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
                detail: BetaFileInputDetail | Unset
                if isinstance(_detail, Unset):
                    detail = UNSET
                else:
                    detail = check_beta_file_input_detail(_detail)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                detail = _detail_raw

        beta_input_file_content = cls(
            type_=type_,
            file_id=file_id,
            filename=filename,
            file_data=file_data,
            prompt_cache_breakpoint=prompt_cache_breakpoint,
            file_url=file_url,
            detail=detail,
        )
        if _none_flips:
            beta_input_file_content._none_flips = _none_flips

        beta_input_file_content.additional_properties = d
        return beta_input_file_content

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
