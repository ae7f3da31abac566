from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.detail_enum import DetailEnum, check_detail_enum
from ..models.input_image_content_param_auto_param_type import (
    InputImageContentParamAutoParamType,
    check_input_image_content_param_auto_param_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.prompt_cache_breakpoint_param import PromptCacheBreakpointParam


@_attrs_define(repr=False)
class InputImageContentParamAutoParam(_OpenModel):
    """An image part of a tool output."""

    type_: InputImageContentParamAutoParamType
    """ Fixed tag `input_image`. """
    image_url: None | str = None
    """ Image URL or base64 data URL. """
    file_id: None | str = None
    """ ID of an uploaded image file. """
    detail: DetailEnum | None = None
    """ How closely to look at the image. """
    prompt_cache_breakpoint: None | PromptCacheBreakpointParam = None
    """ Mark the end of a reusable prompt prefix here. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("detail", "file_id", "image_url", "prompt_cache_breakpoint", "type")
    _tags = {"type": ("input_image",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_input_image_content_param_auto_param_type,
            ),
            ("image_url", "image_url", OPTIONAL_OR_NULL, one_of(str, None)),
            ("file_id", "file_id", OPTIONAL_OR_NULL, one_of(str, None)),
            ("detail", "detail", OPTIONAL_OR_NULL, one_of(check_detail_enum, None)),
            (
                "prompt_cache_breakpoint",
                "prompt_cache_breakpoint",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "prompt_cache_breakpoint_param", "PromptCacheBreakpointParam"
                    ),
                    None,
                ),
            ),
        )
