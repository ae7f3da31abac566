from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.function_shell_call_output_status_enum import (
    FunctionShellCallOutputStatusEnum,
    check_function_shell_call_output_status_enum,
)
from ..models.function_shell_call_output_type import (
    FunctionShellCallOutputType,
    check_function_shell_call_output_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.direct_tool_call_caller import DirectToolCallCaller
    from ..models.function_shell_call_output_content import (
        FunctionShellCallOutputContent,
    )
    from ..models.program_tool_call_caller import ProgramToolCallCaller


@_attrs_define(repr=False)
class FunctionShellCallOutput(_OpenModel):
    """Output of a shell tool call."""

    type_: FunctionShellCallOutputType
    """ Fixed tag `shell_call_output`. """
    id: str
    """ Unique ID. """
    call_id: str
    """ ID linking a tool call to its output. """
    status: FunctionShellCallOutputStatusEnum
    """ State of a shell call output. """
    output: list[FunctionShellCallOutputContent]
    """ Output of each command. """
    max_output_length: int | None
    """ Output limit that applied per command. """
    caller: DirectToolCallCaller | None | ProgramToolCallCaller = None
    """ Who issued the tool call. """
    created_by: str | None = None
    """ Who created the item. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "call_id",
        "caller",
        "created_by",
        "id",
        "max_output_length",
        "output",
        "status",
        "type",
    )
    _tags = {"type": ("shell_call_output",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.function_shell_call_output_content import (
            FunctionShellCallOutputContent,
        )

        return fields(
            ("type_", "type", REQUIRED, check_function_shell_call_output_type),
            ("id", "id", REQUIRED, None),
            ("call_id", "call_id", REQUIRED, None),
            (
                "status",
                "status",
                REQUIRED,
                check_function_shell_call_output_status_enum,
            ),
            ("output", "output", REQUIRED, list_of(FunctionShellCallOutputContent)),
            (
                "max_output_length",
                "max_output_length",
                REQUIRED_OR_NULL,
                one_of(int, None),
            ),
            (
                "caller",
                "caller",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "direct_tool_call_caller",
                        "DirectToolCallCaller",
                        ("type", "direct"),
                    ),
                    member(
                        "program_tool_call_caller",
                        "ProgramToolCallCaller",
                        ("type", "program"),
                    ),
                    None,
                ),
            ),
            ("created_by", "created_by", OPTIONAL, None),
        )
