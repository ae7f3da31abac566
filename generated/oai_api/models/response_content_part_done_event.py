from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.response_content_part_done_event_type import (
    ResponseContentPartDoneEventType,
    check_response_content_part_done_event_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.output_text_content import OutputTextContent
    from ..models.reasoning_text_content import ReasoningTextContent
    from ..models.refusal_content import RefusalContent


@_attrs_define(repr=False)
class ResponseContentPartDoneEvent(_OpenModel):
    """Stream event `response.content_part.done`: a content part is complete."""

    type_: ResponseContentPartDoneEventType
    """ Event type, fixed to `response.content_part.done`. """
    item_id: str
    """ ID of the output item concerned. """
    output_index: int
    """ Position of the output item in the response. """
    content_index: int
    """ Position of the content part in the item. """
    sequence_number: int
    """ Position of this event in the stream. """
    part: OutputTextContent | ReasoningTextContent | RefusalContent
    """ A content part of output: text, refusal or reasoning text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "content_index",
        "item_id",
        "output_index",
        "part",
        "sequence_number",
        "type",
    )
    _tags = {"type": ("response.content_part.done",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_response_content_part_done_event_type),
            ("item_id", "item_id", REQUIRED, None),
            ("output_index", "output_index", REQUIRED, None),
            ("content_index", "content_index", REQUIRED, None),
            ("sequence_number", "sequence_number", REQUIRED, None),
            (
                "part",
                "part",
                REQUIRED,
                one_of(
                    member(
                        "output_text_content",
                        "OutputTextContent",
                        ("type", "output_text"),
                    ),
                    member("refusal_content", "RefusalContent", ("type", "refusal")),
                    member(
                        "reasoning_text_content",
                        "ReasoningTextContent",
                        ("type", "reasoning_text"),
                    ),
                ),
            ),
        )
