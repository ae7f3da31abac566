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
from ..models.beta_detail_enum import BetaDetailEnum, check_beta_detail_enum
from ..models.beta_input_image_content_param_auto_param_type import (
    BetaInputImageContentParamAutoParamType,
    check_beta_input_image_content_param_auto_param_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_prompt_cache_breakpoint_param import (
        BetaPromptCacheBreakpointParam,
    )


@_attrs_define(repr=False)
class BetaInputImageContentParamAutoParam(_OpenModel):
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
    _keys = ("detail", "file_id", "image_url", "prompt_cache_breakpoint", "type")
    _tags = {"type": ("input_image",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_beta_input_image_content_param_auto_param_type,
            ),
            ("image_url", "image_url", OPTIONAL_OR_NULL, one_of(str, None)),
            ("file_id", "file_id", OPTIONAL_OR_NULL, one_of(str, None)),
            (
                "detail",
                "detail",
                OPTIONAL_OR_NULL,
                one_of(check_beta_detail_enum, None),
            ),
            (
                "prompt_cache_breakpoint",
                "prompt_cache_breakpoint",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "beta_prompt_cache_breakpoint_param",
                        "BetaPromptCacheBreakpointParam",
                    ),
                    None,
                ),
            ),
        )
