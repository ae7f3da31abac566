from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_response_content_part_added_event_type import (
    BetaResponseContentPartAddedEventType,
    check_beta_response_content_part_added_event_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_output_text_content import BetaOutputTextContent
    from ..models.beta_reasoning_text_content import BetaReasoningTextContent
    from ..models.beta_refusal_content import BetaRefusalContent


@_attrs_define(repr=False)
class BetaResponsesServerEventType10(_OpenModel):
    type_: BetaResponseContentPartAddedEventType

    item_id: str

    output_index: int

    content_index: int

    part: BetaOutputTextContent | BetaReasoningTextContent | BetaRefusalContent
    """ One content part of model output: text, a refusal, or reasoning text. """
    sequence_number: int

    agent: BetaAgentTag | None = None

    stream_id: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "agent",
        "content_index",
        "item_id",
        "output_index",
        "part",
        "sequence_number",
        "stream_id",
        "type",
    )
    _tags = {"type": ("response.content_part.added",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_beta_response_content_part_added_event_type,
            ),
            ("item_id", "item_id", REQUIRED, None),
            ("output_index", "output_index", REQUIRED, None),
            ("content_index", "content_index", REQUIRED, None),
            (
                "part",
                "part",
                REQUIRED,
                one_of(
                    member(
                        "beta_output_text_content",
                        "BetaOutputTextContent",
                        ("type", "output_text"),
                    ),
                    member(
                        "beta_refusal_content",
                        "BetaRefusalContent",
                        ("type", "refusal"),
                    ),
                    member(
                        "beta_reasoning_text_content",
                        "BetaReasoningTextContent",
                        ("type", "reasoning_text"),
                    ),
                ),
            ),
            ("sequence_number", "sequence_number", REQUIRED, None),
            (
                "agent",
                "agent",
                OPTIONAL_OR_NULL,
                one_of(member("beta_agent_tag", "BetaAgentTag"), None),
            ),
            ("stream_id", "stream_id", OPTIONAL, None),
        )
