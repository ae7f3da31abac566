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
from ..models.beta_file_input_detail import (
    BetaFileInputDetail,
    check_beta_file_input_detail,
)
from ..models.beta_input_file_content_type import (
    BetaInputFileContentType,
    check_beta_input_file_content_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_prompt_cache_breakpoint_config import (
        BetaPromptCacheBreakpointConfig,
    )


@_attrs_define(repr=False)
class BetaInputFileContent(_OpenModel):
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
    _keys = (
        "detail",
        "file_data",
        "file_id",
        "file_url",
        "filename",
        "prompt_cache_breakpoint",
        "type",
    )
    _tags = {"type": ("input_file",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_prompt_cache_breakpoint_config import (
            BetaPromptCacheBreakpointConfig,
        )

        return fields(
            ("type_", "type", REQUIRED, check_beta_input_file_content_type),
            ("file_id", "file_id", OPTIONAL_OR_NULL, one_of(str, None)),
            ("filename", "filename", OPTIONAL, None),
            ("file_data", "file_data", OPTIONAL, None),
            (
                "prompt_cache_breakpoint",
                "prompt_cache_breakpoint",
                OPTIONAL,
                BetaPromptCacheBreakpointConfig,
            ),
            ("file_url", "file_url", OPTIONAL, None),
            ("detail", "detail", OPTIONAL, check_beta_file_input_detail),
        )
