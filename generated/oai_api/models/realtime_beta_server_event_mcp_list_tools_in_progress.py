from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_beta_server_event_mcp_list_tools_in_progress_type import (
    RealtimeBetaServerEventMCPListToolsInProgressType,
    check_realtime_beta_server_event_mcp_list_tools_in_progress_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RealtimeBetaServerEventMCPListToolsInProgress(_OpenModel):
    """Server event: the MCP tool listing for an item is under way."""

    event_id: str

    type_: RealtimeBetaServerEventMCPListToolsInProgressType

    item_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("event_id", "item_id", "type")
    _tags = {"type": ("mcp_list_tools.in_progress",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("event_id", "event_id", REQUIRED, None),
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_beta_server_event_mcp_list_tools_in_progress_type,
            ),
            ("item_id", "item_id", REQUIRED, None),
        )
