from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.image_detail import ImageDetail, check_image_detail
from ..models.input_image_content_type import (
    InputImageContentType,
    check_input_image_content_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.prompt_cache_breakpoint_config import PromptCacheBreakpointConfig


@_attrs_define(repr=False)
class InputImageContent(_OpenModel):
    """An image part of an input message, by URL, data URL or file ID."""

    type_: InputImageContentType
    """ Fixed tag `input_image`. """
    detail: ImageDetail
    """ How closely the model looks at an image; `original` keeps full resolution. """
    image_url: None | str = None
    """ Image URL or base64 data URL. """
    file_id: None | str = None
    """ ID of an uploaded image file. """
    prompt_cache_breakpoint: PromptCacheBreakpointConfig | None = None
    """ Marks the end of a reusable prompt prefix for caching. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("detail", "file_id", "image_url", "prompt_cache_breakpoint", "type")
    _tags = {"type": ("input_image",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.prompt_cache_breakpoint_config import PromptCacheBreakpointConfig

        return fields(
            ("type_", "type", REQUIRED, check_input_image_content_type),
            ("detail", "detail", REQUIRED, check_image_detail),
            ("image_url", "image_url", OPTIONAL_OR_NULL, one_of(str, None)),
            ("file_id", "file_id", OPTIONAL_OR_NULL, one_of(str, None)),
            (
                "prompt_cache_breakpoint",
                "prompt_cache_breakpoint",
                OPTIONAL,
                PromptCacheBreakpointConfig,
            ),
        )
