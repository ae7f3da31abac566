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
from ..models.function_shell_call_item_status import (
    FunctionShellCallItemStatus,
    check_function_shell_call_item_status,
)
from ..models.function_shell_call_output_item_param_type import (
    FunctionShellCallOutputItemParamType,
    check_function_shell_call_output_item_param_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.direct_tool_call_caller_param import DirectToolCallCallerParam
    from ..models.function_shell_call_output_content_param import (
        FunctionShellCallOutputContentParam,
    )
    from ..models.program_tool_call_caller_param import ProgramToolCallCallerParam


@_attrs_define(repr=False)
class FunctionShellCallOutputItemParam(_OpenModel):
    """The output of a shell tool call, sent as input."""

    call_id: str
    """ ID linking a tool call to its output. """
    type_: FunctionShellCallOutputItemParamType
    """ Fixed tag `shell_call_output`. """
    output: list[FunctionShellCallOutputContentParam]
    """ Output of each command. """
    id: None | str = None
    """ Unique ID. """
    caller: DirectToolCallCallerParam | None | ProgramToolCallCallerParam = None
    """ Who issued the tool call. """
    status: FunctionShellCallItemStatus | None = None
    """ Progress state. """
    max_output_length: int | None = None
    """ Output limit that applied per command. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("call_id", "caller", "id", "max_output_length", "output", "status", "type")
    _tags = {"type": ("shell_call_output",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.function_shell_call_output_content_param import (
            FunctionShellCallOutputContentParam,
        )

        return fields(
            ("call_id", "call_id", REQUIRED, None),
            (
                "type_",
                "type",
                REQUIRED,
                check_function_shell_call_output_item_param_type,
            ),
            (
                "output",
                "output",
                REQUIRED,
                list_of(FunctionShellCallOutputContentParam),
            ),
            ("id", "id", OPTIONAL_OR_NULL, one_of(str, None)),
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
                one_of(check_function_shell_call_item_status, None),
            ),
            (
                "max_output_length",
                "max_output_length",
                OPTIONAL_OR_NULL,
                one_of(int, None),
            ),
        )
