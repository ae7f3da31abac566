from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_server_event_response_mcp_call_in_progress_type import (
    RealtimeServerEventResponseMCPCallInProgressType,
    check_realtime_server_event_response_mcp_call_in_progress_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RealtimeServerEventResponseMCPCallInProgress(_OpenModel):
    """Server event: an MCP tool call has begun."""

    event_id: str

    type_: RealtimeServerEventResponseMCPCallInProgressType

    output_index: int

    item_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("event_id", "item_id", "output_index", "type")
    _tags = {"type": ("response.mcp_call.in_progress",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("event_id", "event_id", REQUIRED, None),
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_server_event_response_mcp_call_in_progress_type,
            ),
            ("output_index", "output_index", REQUIRED, None),
            ("item_id", "item_id", REQUIRED, None),
        )
