from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.run_tool_call_object_type import (
    RunToolCallObjectType,
    check_run_tool_call_object_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.run_tool_call_object_function import RunToolCallObjectFunction


@_attrs_define(repr=False)
class RunToolCallObject(_OpenModel):
    """A function call the run is waiting on; execute it and submit the output under its ID."""

    id: str

    type_: RunToolCallObjectType

    function: RunToolCallObjectFunction

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("function", "id", "type")
    _tags = {"type": ("function",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.run_tool_call_object_function import RunToolCallObjectFunction

        return fields(
            ("id", "id", REQUIRED, None),
            ("type_", "type", REQUIRED, check_run_tool_call_object_type),
            ("function", "function", REQUIRED, RunToolCallObjectFunction),
        )
