from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.response_mcp_list_tools_failed_event_type import (
    ResponseMCPListToolsFailedEventType,
    check_response_mcp_list_tools_failed_event_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ResponsesServerEventType51(_OpenModel):
    type_: ResponseMCPListToolsFailedEventType
    """ Event type, fixed to `response.mcp_list_tools.failed`. """
    item_id: str
    """ ID of the output item concerned. """
    output_index: int
    """ Position of the output item in the response. """
    sequence_number: int
    """ Position of this event in the stream. """
    stream_id: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("item_id", "output_index", "sequence_number", "stream_id", "type")
    _tags = {"type": ("response.mcp_list_tools.failed",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_response_mcp_list_tools_failed_event_type,
            ),
            ("item_id", "item_id", REQUIRED, None),
            ("output_index", "output_index", REQUIRED, None),
            ("sequence_number", "sequence_number", REQUIRED, None),
            ("stream_id", "stream_id", OPTIONAL, None),
        )
