from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.computer_screenshot_content_type import (
    ComputerScreenshotContentType,
    check_computer_screenshot_content_type,
)
from ..models.image_detail import ImageDetail, check_image_detail

if TYPE_CHECKING:
    from .._model import Table
    from ..models.prompt_cache_breakpoint_config import PromptCacheBreakpointConfig


@_attrs_define(repr=False)
class ComputerScreenshotContent(_OpenModel):
    """Content part holding a screenshot taken by the computer-use tool, as an image URL or file ID."""

    type_: ComputerScreenshotContentType

    image_url: None | str

    file_id: None | str

    detail: ImageDetail
    """ How closely the model looks at an image; `original` keeps full resolution. """
    prompt_cache_breakpoint: PromptCacheBreakpointConfig | None = None
    """ Marks the end of a reusable prompt prefix for caching. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("detail", "file_id", "image_url", "prompt_cache_breakpoint", "type")
    _tags = {"type": ("computer_screenshot",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.prompt_cache_breakpoint_config import PromptCacheBreakpointConfig

        return fields(
            ("type_", "type", REQUIRED, check_computer_screenshot_content_type),
            ("image_url", "image_url", REQUIRED_OR_NULL, one_of(str, None)),
            ("file_id", "file_id", REQUIRED_OR_NULL, one_of(str, None)),
            ("detail", "detail", REQUIRED, check_image_detail),
            (
                "prompt_cache_breakpoint",
                "prompt_cache_breakpoint",
                OPTIONAL,
                PromptCacheBreakpointConfig,
            ),
        )
