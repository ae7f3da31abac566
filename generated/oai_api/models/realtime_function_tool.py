from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_function_tool_type import (
    RealtimeFunctionToolType,
    check_realtime_function_tool_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.realtime_function_tool_parameters import (
        RealtimeFunctionToolParameters,
    )


@_attrs_define(repr=False)
class RealtimeFunctionTool(_OpenModel):
    """A function the Realtime model may call, described by name, purpose and JSON Schema parameters."""

    type_: RealtimeFunctionToolType | None = None
    """ Tool kind; always `function`. """
    name: str | None = None
    """ Function name the model uses to call it. """
    description: str | None = None
    """ Explains the function's purpose and when to call it; may also say what to tell the user meanwhile. """
    parameters: RealtimeFunctionToolParameters | None = None
    """ JSON Schema of the function's arguments. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("description", "name", "parameters", "type")
    _tags = {"type": ("function",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_function_tool_parameters import (
            RealtimeFunctionToolParameters,
        )

        return fields(
            ("type_", "type", OPTIONAL, check_realtime_function_tool_type),
            ("name", "name", OPTIONAL, None),
            ("description", "description", OPTIONAL, None),
            ("parameters", "parameters", OPTIONAL, RealtimeFunctionToolParameters),
        )
