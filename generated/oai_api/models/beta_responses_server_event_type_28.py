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
from ..models.beta_response_reasoning_summary_part_added_event_type import (
    BetaResponseReasoningSummaryPartAddedEventType,
    check_beta_response_reasoning_summary_part_added_event_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_response_reasoning_summary_part_added_event_part import (
        BetaResponseReasoningSummaryPartAddedEventPart,
    )


@_attrs_define(repr=False)
class BetaResponsesServerEventType28(_OpenModel):
    type_: BetaResponseReasoningSummaryPartAddedEventType

    item_id: str

    output_index: int

    summary_index: int

    sequence_number: int

    part: BetaResponseReasoningSummaryPartAddedEventPart

    agent: BetaAgentTag | None = None

    stream_id: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "agent",
        "item_id",
        "output_index",
        "part",
        "sequence_number",
        "stream_id",
        "summary_index",
        "type",
    )
    _tags = {"type": ("response.reasoning_summary_part.added",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_response_reasoning_summary_part_added_event_part import (
            BetaResponseReasoningSummaryPartAddedEventPart,
        )

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_beta_response_reasoning_summary_part_added_event_type,
            ),
            ("item_id", "item_id", REQUIRED, None),
            ("output_index", "output_index", REQUIRED, None),
            ("summary_index", "summary_index", REQUIRED, None),
            ("sequence_number", "sequence_number", REQUIRED, None),
            ("part", "part", REQUIRED, BetaResponseReasoningSummaryPartAddedEventPart),
            (
                "agent",
                "agent",
                OPTIONAL_OR_NULL,
                one_of(member("beta_agent_tag", "BetaAgentTag"), None),
            ),
            ("stream_id", "stream_id", OPTIONAL, None),
        )
