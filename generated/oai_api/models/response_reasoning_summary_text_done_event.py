from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.response_reasoning_summary_text_done_event_type import (
    ResponseReasoningSummaryTextDoneEventType,
    check_response_reasoning_summary_text_done_event_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ResponseReasoningSummaryTextDoneEvent(_OpenModel):
    """Stream event `response.reasoning_summary_text.done`: a reasoning summary text is complete."""

    type_: ResponseReasoningSummaryTextDoneEventType
    """ Event type, fixed to `response.reasoning_summary_text.done`. """
    item_id: str
    """ ID of the output item concerned. """
    output_index: int
    """ Position of the output item in the response. """
    summary_index: int
    """ Position of the summary part in the reasoning item. """
    text: str
    """ The complete summary text. """
    sequence_number: int
    """ Position of this event in the stream. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "item_id",
        "output_index",
        "sequence_number",
        "summary_index",
        "text",
        "type",
    )
    _tags = {"type": ("response.reasoning_summary_text.done",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_response_reasoning_summary_text_done_event_type,
            ),
            ("item_id", "item_id", REQUIRED, None),
            ("output_index", "output_index", REQUIRED, None),
            ("summary_index", "summary_index", REQUIRED, None),
            ("text", "text", REQUIRED, None),
            ("sequence_number", "sequence_number", REQUIRED, None),
        )
