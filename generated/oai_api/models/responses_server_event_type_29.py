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
from ..models.response_reasoning_summary_part_done_event_status import (
    ResponseReasoningSummaryPartDoneEventStatus,
    check_response_reasoning_summary_part_done_event_status,
)
from ..models.response_reasoning_summary_part_done_event_type import (
    ResponseReasoningSummaryPartDoneEventType,
    check_response_reasoning_summary_part_done_event_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.response_reasoning_summary_part_done_event_part import (
        ResponseReasoningSummaryPartDoneEventPart,
    )


@_attrs_define(repr=False)
class ResponsesServerEventType29(_OpenModel):
    type_: ResponseReasoningSummaryPartDoneEventType
    """ Event type, fixed to `response.reasoning_summary_part.done`. """
    item_id: str
    """ ID of the output item concerned. """
    output_index: int
    """ Position of the output item in the response. """
    summary_index: int
    """ Position of the summary part in the reasoning item. """
    sequence_number: int
    """ Position of this event in the stream. """
    part: ResponseReasoningSummaryPartDoneEventPart
    """ The complete summary part. """
    status: ResponseReasoningSummaryPartDoneEventStatus | None = None
    """ Set when the part ended early. """
    stream_id: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "item_id",
        "output_index",
        "part",
        "sequence_number",
        "status",
        "stream_id",
        "summary_index",
        "type",
    )
    _tags = {"type": ("response.reasoning_summary_part.done",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.response_reasoning_summary_part_done_event_part import (
            ResponseReasoningSummaryPartDoneEventPart,
        )

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_response_reasoning_summary_part_done_event_type,
            ),
            ("item_id", "item_id", REQUIRED, None),
            ("output_index", "output_index", REQUIRED, None),
            ("summary_index", "summary_index", REQUIRED, None),
            ("sequence_number", "sequence_number", REQUIRED, None),
            ("part", "part", REQUIRED, ResponseReasoningSummaryPartDoneEventPart),
            (
                "status",
                "status",
                OPTIONAL,
                check_response_reasoning_summary_part_done_event_status,
            ),
            ("stream_id", "stream_id", OPTIONAL, None),
        )
