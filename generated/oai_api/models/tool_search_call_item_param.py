from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.function_call_item_status import (
    FunctionCallItemStatus,
    check_function_call_item_status,
)
from ..models.tool_search_call_item_param_type import (
    ToolSearchCallItemParamType,
    check_tool_search_call_item_param_type,
)
from ..models.tool_search_execution_type import (
    ToolSearchExecutionType,
    check_tool_search_execution_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.empty_model_param import EmptyModelParam


@_attrs_define(repr=False)
class ToolSearchCallItemParam(_OpenModel):
    """A tool search call, sent back as input."""

    type_: ToolSearchCallItemParamType
    """ Fixed tag `tool_search_call`. """
    arguments: EmptyModelParam
    """ A free-form JSON object. """
    id: None | str = None
    """ Unique ID. """
    call_id: None | str = None
    """ ID linking a tool call to its output. """
    execution: ToolSearchExecutionType | None = None
    """ Who runs a tool search: the server or the caller. """
    status: FunctionCallItemStatus | None = None
    """ Progress state. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("arguments", "call_id", "execution", "id", "status", "type")
    _tags = {"type": ("tool_search_call",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.empty_model_param import EmptyModelParam

        return fields(
            ("type_", "type", REQUIRED, check_tool_search_call_item_param_type),
            ("arguments", "arguments", REQUIRED, EmptyModelParam),
            ("id", "id", OPTIONAL_OR_NULL, one_of(str, None)),
            ("call_id", "call_id", OPTIONAL_OR_NULL, one_of(str, None)),
            ("execution", "execution", OPTIONAL, check_tool_search_execution_type),
            (
                "status",
                "status",
                OPTIONAL_OR_NULL,
                one_of(check_function_call_item_status, None),
            ),
        )
