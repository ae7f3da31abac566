from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_beta_server_event_response_mcp_call_arguments_done_type import (
    RealtimeBetaServerEventResponseMCPCallArgumentsDoneType,
    check_realtime_beta_server_event_response_mcp_call_arguments_done_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RealtimeBetaServerEventResponseMCPCallArgumentsDone(_OpenModel):
    """Server event with the final arguments of an MCP tool call."""

    event_id: str

    type_: RealtimeBetaServerEventResponseMCPCallArgumentsDoneType

    response_id: str

    item_id: str

    output_index: int

    arguments: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("arguments", "event_id", "item_id", "output_index", "response_id", "type")
    _tags = {"type": ("response.mcp_call_arguments.done",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("event_id", "event_id", REQUIRED, None),
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_beta_server_event_response_mcp_call_arguments_done_type,
            ),
            ("response_id", "response_id", REQUIRED, None),
            ("item_id", "item_id", REQUIRED, None),
            ("output_index", "output_index", REQUIRED, None),
            ("arguments", "arguments", REQUIRED, None),
        )
