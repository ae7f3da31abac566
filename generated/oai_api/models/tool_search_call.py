from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.function_call_status import FunctionCallStatus, check_function_call_status
from ..models.tool_search_call_type import (
    ToolSearchCallType,
    check_tool_search_call_type,
)
from ..models.tool_search_execution_type import (
    ToolSearchExecutionType,
    check_tool_search_execution_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ToolSearchCall(_OpenModel):
    """A search for deferred tools."""

    type_: ToolSearchCallType
    """ Fixed tag `tool_search_call`. """
    id: str
    """ Unique ID. """
    call_id: None | str
    """ ID linking a tool call to its output. """
    execution: ToolSearchExecutionType
    """ Who runs a tool search: the server or the caller. """
    arguments: Any
    """ Arguments of the search. """
    status: FunctionCallStatus
    """ State of a tool call item. """
    created_by: str | None = None
    """ Who created the item. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("arguments", "call_id", "created_by", "execution", "id", "status", "type")
    _tags = {"type": ("tool_search_call",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_tool_search_call_type),
            ("id", "id", REQUIRED, None),
            ("call_id", "call_id", REQUIRED_OR_NULL, one_of(str, None)),
            ("execution", "execution", REQUIRED, check_tool_search_execution_type),
            ("arguments", "arguments", REQUIRED_OR_NULL, None),
            ("status", "status", REQUIRED, check_function_call_status),
            ("created_by", "created_by", OPTIONAL, None),
        )
