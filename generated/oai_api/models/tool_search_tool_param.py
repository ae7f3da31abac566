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
from ..models.tool_search_execution_type import (
    ToolSearchExecutionType,
    check_tool_search_execution_type,
)
from ..models.tool_search_tool_param_type import (
    ToolSearchToolParamType,
    check_tool_search_tool_param_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.empty_model_param import EmptyModelParam


@_attrs_define(repr=False)
class ToolSearchToolParam(_OpenModel):
    """Let the model search deferred tools and load them when needed."""

    type_: ToolSearchToolParamType
    """ Fixed tag `tool_search`. """
    execution: ToolSearchExecutionType | None = None
    """ Who runs a tool search: the server or the caller. """
    description: None | str = None
    """ Description of a caller-run search tool, for the model. """
    parameters: EmptyModelParam | None = None
    """ Argument schema of a caller-run search tool. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("description", "execution", "parameters", "type")
    _tags = {"type": ("tool_search",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_tool_search_tool_param_type),
            ("execution", "execution", OPTIONAL, check_tool_search_execution_type),
            ("description", "description", OPTIONAL_OR_NULL, one_of(str, None)),
            (
                "parameters",
                "parameters",
                OPTIONAL_OR_NULL,
                one_of(member("empty_model_param", "EmptyModelParam"), None),
            ),
        )
