from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.program_tool_call_caller_param_type import (
    ProgramToolCallCallerParamType,
    check_program_tool_call_caller_param_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ProgramToolCallCallerParam(_OpenModel):
    """A program (programmatic tool calling) called the tool."""

    type_: ProgramToolCallCallerParamType
    """ Fixed tag `program`. """
    caller_id: str
    """ Call ID of the program that made the call. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("caller_id", "type")
    _tags = {"type": ("program",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_program_tool_call_caller_param_type),
            ("caller_id", "caller_id", REQUIRED, None),
        )
