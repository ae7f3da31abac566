from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
    list_of,
)
from .._model import OpenModel as _OpenModel
from ..models.response_text_done_event_type import (
    ResponseTextDoneEventType,
    check_response_text_done_event_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.response_log_prob import ResponseLogProb


@_attrs_define(repr=False)
class ResponseTextDoneEvent(_OpenModel):
    """Stream event `response.output_text.done`: an output text part is complete."""

    type_: ResponseTextDoneEventType
    """ Event type, fixed to `response.output_text.done`. """
    item_id: str
    """ ID of the output item concerned. """
    output_index: int
    """ Position of the output item in the response. """
    content_index: int
    """ Position of the content part in the item. """
    text: str
    """ The complete text of the part. """
    sequence_number: int
    """ Position of this event in the stream. """
    logprobs: list[ResponseLogProb]
    """ Log probabilities of all tokens, when requested. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "content_index",
        "item_id",
        "logprobs",
        "output_index",
        "sequence_number",
        "text",
        "type",
    )
    _tags = {"type": ("response.output_text.done",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.response_log_prob import ResponseLogProb

        return fields(
            ("type_", "type", REQUIRED, check_response_text_done_event_type),
            ("item_id", "item_id", REQUIRED, None),
            ("output_index", "output_index", REQUIRED, None),
            ("content_index", "content_index", REQUIRED, None),
            ("text", "text", REQUIRED, None),
            ("sequence_number", "sequence_number", REQUIRED, None),
            ("logprobs", "logprobs", REQUIRED, list_of(ResponseLogProb)),
        )
