from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_mcp_tool_execution_error_type import (
    RealtimeMCPToolExecutionErrorType,
    check_realtime_mcp_tool_execution_error_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RealtimeMCPToolExecutionError(_OpenModel):
    """Error raised while an MCP tool was executing, with a message."""

    type_: RealtimeMCPToolExecutionErrorType

    message: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("message", "type")
    _tags = {"type": ("tool_execution_error",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_realtime_mcp_tool_execution_error_type),
            ("message", "message", REQUIRED, None),
        )
