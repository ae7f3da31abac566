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
from ..models.function_tool_call_status import (
    FunctionToolCallStatus,
    check_function_tool_call_status,
)
from ..models.function_tool_call_type import (
    FunctionToolCallType,
    check_function_tool_call_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.direct_tool_call_caller import DirectToolCallCaller
    from ..models.program_tool_call_caller import ProgramToolCallCaller


@_attrs_define(repr=False)
class FunctionToolCallResource(_OpenModel):
    """A stored function call."""

    type_: FunctionToolCallType
    """ Fixed tag `function_call`. """
    call_id: str
    """ ID linking a tool call to its output. """
    name: str
    """ Name of the function to run. """
    arguments: str
    """ Arguments as a JSON string. """
    id: str
    """ Unique ID. """
    status: FunctionToolCallStatus
    """ State of a tool call item. """
    caller: DirectToolCallCaller | None | ProgramToolCallCaller = None
    """ Who issued the tool call. """
    namespace: str | None = None
    """ Namespace of the function, if any. """
    created_by: str | None = None
    """ Who created the item. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "arguments",
        "call_id",
        "caller",
        "created_by",
        "id",
        "name",
        "namespace",
        "status",
        "type",
    )
    _tags = {"type": ("function_call",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_function_tool_call_type),
            ("call_id", "call_id", REQUIRED, None),
            ("name", "name", REQUIRED, None),
            ("arguments", "arguments", REQUIRED, None),
            ("id", "id", REQUIRED, None),
            ("status", "status", REQUIRED, check_function_tool_call_status),
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
            ("namespace", "namespace", OPTIONAL, None),
            ("created_by", "created_by", OPTIONAL, None),
        )
