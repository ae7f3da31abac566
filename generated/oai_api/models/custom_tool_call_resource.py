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
from ..models.custom_tool_call_type import (
    CustomToolCallType,
    check_custom_tool_call_type,
)
from ..models.function_call_status import FunctionCallStatus, check_function_call_status

if TYPE_CHECKING:
    from .._model import Table
    from ..models.direct_tool_call_caller import DirectToolCallCaller
    from ..models.program_tool_call_caller import ProgramToolCallCaller


@_attrs_define(repr=False)
class CustomToolCallResource(_OpenModel):
    """A stored custom tool call."""

    type_: CustomToolCallType
    """ Fixed tag `custom_tool_call`. """
    call_id: str
    """ ID linking a tool call to its output. """
    name: str
    """ Name of the custom tool. """
    input_: str
    """ Input text generated for the tool. """
    id: str
    """ Unique ID. """
    status: FunctionCallStatus
    """ State of a tool call item. """
    caller: DirectToolCallCaller | None | ProgramToolCallCaller = None
    """ Who issued the tool call. """
    namespace: str | None = None
    """ Namespace of the tool, if any. """
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
        "input",
        "name",
        "namespace",
        "status",
        "type",
    )
    _tags = {"type": ("custom_tool_call",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_custom_tool_call_type),
            ("call_id", "call_id", REQUIRED, None),
            ("name", "name", REQUIRED, None),
            ("input_", "input", REQUIRED, None),
            ("id", "id", REQUIRED, None),
            ("status", "status", REQUIRED, check_function_call_status),
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
