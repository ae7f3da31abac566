from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.custom_tool_call_output_type import (
    CustomToolCallOutputType,
    check_custom_tool_call_output_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.direct_tool_call_caller_param import DirectToolCallCallerParam
    from ..models.input_file_content import InputFileContent
    from ..models.input_image_content import InputImageContent
    from ..models.input_text_content import InputTextContent
    from ..models.program_tool_call_caller_param import ProgramToolCallCallerParam


@_attrs_define(repr=False)
class CustomToolCallOutput(_OpenModel):
    """The result of a custom tool call, as the caller sent it."""

    type_: CustomToolCallOutputType
    """ Fixed tag `custom_tool_call_output`. """
    call_id: str
    """ ID linking a tool call to its output. """
    output: list[InputFileContent | InputImageContent | InputTextContent] | str
    """ The tool's result: text, or text, image and file parts. """
    id: str | None = None
    """ Unique ID. """
    caller: DirectToolCallCallerParam | None | ProgramToolCallCallerParam = None
    """ Who issued the tool call. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("call_id", "caller", "id", "output", "type")
    _tags = {"type": ("custom_tool_call_output",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_custom_tool_call_output_type),
            ("call_id", "call_id", REQUIRED, None),
            (
                "output",
                "output",
                REQUIRED,
                one_of(
                    str,
                    list_of(
                        one_of(
                            member(
                                "input_text_content",
                                "InputTextContent",
                                ("type", "input_text"),
                            ),
                            member(
                                "input_image_content",
                                "InputImageContent",
                                ("type", "input_image"),
                            ),
                            member(
                                "input_file_content",
                                "InputFileContent",
                                ("type", "input_file"),
                            ),
                        )
                    ),
                ),
            ),
            ("id", "id", OPTIONAL, None),
            (
                "caller",
                "caller",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "direct_tool_call_caller_param",
                        "DirectToolCallCallerParam",
                        ("type", "direct"),
                    ),
                    member(
                        "program_tool_call_caller_param",
                        "ProgramToolCallCallerParam",
                        ("type", "program"),
                    ),
                    None,
                ),
            ),
        )
