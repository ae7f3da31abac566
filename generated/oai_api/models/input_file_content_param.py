from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.file_detail_enum import FileDetailEnum, check_file_detail_enum
from ..models.input_file_content_param_type import (
    InputFileContentParamType,
    check_input_file_content_param_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.prompt_cache_breakpoint_param import PromptCacheBreakpointParam


@_attrs_define(repr=False)
class InputFileContentParam(_OpenModel):
    """A file part of a tool output."""

    type_: InputFileContentParamType
    """ Fixed tag `input_file`. """
    file_id: None | str = None
    """ ID of an uploaded file. """
    filename: None | str = None
    """ Name of the file (with inline data). """
    file_data: None | str = None
    """ Base64 contents of the file. """
    file_url: None | str = None
    """ URL of the file. """
    detail: FileDetailEnum | None = None
    """ Rendering detail for a file input. """
    prompt_cache_breakpoint: None | PromptCacheBreakpointParam = None
    """ Mark the end of a reusable prompt prefix here. """
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

        return fields(
            ("type_", "type", REQUIRED, check_input_file_content_param_type),
            ("file_id", "file_id", OPTIONAL_OR_NULL, one_of(str, None)),
            ("filename", "filename", OPTIONAL_OR_NULL, one_of(str, None)),
            ("file_data", "file_data", OPTIONAL_OR_NULL, one_of(str, None)),
            ("file_url", "file_url", OPTIONAL_OR_NULL, one_of(str, None)),
            ("detail", "detail", OPTIONAL, check_file_detail_enum),
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
