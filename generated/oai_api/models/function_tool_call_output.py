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
from ..models.function_tool_call_output_status import (
    FunctionToolCallOutputStatus,
    check_function_tool_call_output_status,
)
from ..models.function_tool_call_output_type import (
    FunctionToolCallOutputType,
    check_function_tool_call_output_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.direct_tool_call_caller_param import DirectToolCallCallerParam
    from ..models.input_file_content import InputFileContent
    from ..models.input_image_content import InputImageContent
    from ..models.input_text_content import InputTextContent
    from ..models.program_tool_call_caller_param import ProgramToolCallCallerParam


@_attrs_define(repr=False)
class FunctionToolCallOutput(_OpenModel):
    """The result of a function call, as the caller sent it."""

    type_: FunctionToolCallOutputType
    """ Fixed tag `function_call_output`. """
    output: list[InputFileContent | InputImageContent | InputTextContent] | str
    """ The function's result: text, or text, image and file parts. """
    id: str | None = None
    """ Unique ID. """
    call_id: str | None = None
    """ ID linking a tool call to its output. """
    name: str | None = None
    """ Name of the function that ran. """
    namespace: str | None = None
    """ Namespace of the function, if any. """
    caller: DirectToolCallCallerParam | None | ProgramToolCallCallerParam = None
    """ Who issued the tool call. """
    status: FunctionToolCallOutputStatus | None = None
    """ Progress state. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("call_id", "caller", "id", "name", "namespace", "output", "status", "type")
    _tags = {"type": ("function_call_output",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_function_tool_call_output_type),
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
            ("call_id", "call_id", OPTIONAL, None),
            ("name", "name", OPTIONAL, None),
            ("namespace", "namespace", OPTIONAL, None),
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
            ("status", "status", OPTIONAL, check_function_tool_call_output_status),
        )
