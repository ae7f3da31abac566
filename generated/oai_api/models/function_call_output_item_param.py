from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.function_call_item_status import (
    FunctionCallItemStatus,
    check_function_call_item_status,
)
from ..models.function_call_output_item_param_type import (
    FunctionCallOutputItemParamType,
    check_function_call_output_item_param_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.direct_tool_call_caller_param import DirectToolCallCallerParam
    from ..models.input_file_content_param import InputFileContentParam
    from ..models.input_image_content_param_auto_param import (
        InputImageContentParamAutoParam,
    )
    from ..models.input_text_content_param import InputTextContentParam
    from ..models.program_tool_call_caller_param import ProgramToolCallCallerParam


@_attrs_define(repr=False)
class FunctionCallOutputItemParam(_OpenModel):
    """The result of a function call, sent as input."""

    type_: FunctionCallOutputItemParamType
    """ Fixed tag `function_call_output`. """
    output: (
        list[
            InputFileContentParam
            | InputImageContentParamAutoParam
            | InputTextContentParam
        ]
        | str
    )
    """ The function's result: text, or text, image and file parts. """
    id: None | str = None
    """ Unique ID. """
    call_id: None | str = None
    """ ID linking a tool call to its output. """
    name: None | str = None
    """ Name of the function that ran. """
    namespace: None | str = None
    """ Namespace of the function, if any. """
    caller: DirectToolCallCallerParam | None | ProgramToolCallCallerParam = None
    """ Who issued the tool call. """
    status: FunctionCallItemStatus | None = None
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
            ("type_", "type", REQUIRED, check_function_call_output_item_param_type),
            (
                "output",
                "output",
                REQUIRED,
                one_of(
                    str,
                    list_of(
                        one_of(
                            member(
                                "input_text_content_param",
                                "InputTextContentParam",
                                ("type", "input_text"),
                            ),
                            member(
                                "input_image_content_param_auto_param",
                                "InputImageContentParamAutoParam",
                                ("type", "input_image"),
                            ),
                            member(
                                "input_file_content_param",
                                "InputFileContentParam",
                                ("type", "input_file"),
                            ),
                        )
                    ),
                ),
            ),
            ("id", "id", OPTIONAL_OR_NULL, one_of(str, None)),
            ("call_id", "call_id", OPTIONAL_OR_NULL, one_of(str, None)),
            ("name", "name", OPTIONAL_OR_NULL, one_of(str, None)),
            ("namespace", "namespace", OPTIONAL_OR_NULL, one_of(str, None)),
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
            (
                "status",
                "status",
                OPTIONAL_OR_NULL,
                one_of(check_function_call_item_status, None),
            ),
        )
