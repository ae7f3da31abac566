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
from ..models.beta_computer_screenshot_content_type import (
    BetaComputerScreenshotContentType,
    check_beta_computer_screenshot_content_type,
)
from ..models.beta_image_detail import BetaImageDetail, check_beta_image_detail

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_prompt_cache_breakpoint_config import (
        BetaPromptCacheBreakpointConfig,
    )


@_attrs_define(repr=False)
class BetaComputerScreenshotContent(_OpenModel):
    """A computer screenshot used as a content part, by URL or file ID."""

    type_: BetaComputerScreenshotContentType

    image_url: None | str

    file_id: None | str

    detail: BetaImageDetail
    """ How closely the model looks at an image; `original` keeps full resolution. """
    prompt_cache_breakpoint: BetaPromptCacheBreakpointConfig | None = None
    """ An explicit cache breakpoint ending a reusable prefix exactly here; its TTL comes from
    `prompt_cache_options.ttl`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("detail", "file_id", "image_url", "prompt_cache_breakpoint", "type")
    _tags = {"type": ("computer_screenshot",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_prompt_cache_breakpoint_config import (
            BetaPromptCacheBreakpointConfig,
        )

        return fields(
            ("type_", "type", REQUIRED, check_beta_computer_screenshot_content_type),
            ("image_url", "image_url", REQUIRED_OR_NULL, one_of(str, None)),
            ("file_id", "file_id", REQUIRED_OR_NULL, one_of(str, None)),
            ("detail", "detail", REQUIRED, check_beta_image_detail),
            (
                "prompt_cache_breakpoint",
                "prompt_cache_breakpoint",
                OPTIONAL,
                BetaPromptCacheBreakpointConfig,
            ),
        )
