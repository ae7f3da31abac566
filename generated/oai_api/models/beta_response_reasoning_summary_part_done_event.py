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
from ..models.beta_response_reasoning_summary_part_done_event_status import (
    BetaResponseReasoningSummaryPartDoneEventStatus,
    check_beta_response_reasoning_summary_part_done_event_status,
)
from ..models.beta_response_reasoning_summary_part_done_event_type import (
    BetaResponseReasoningSummaryPartDoneEventType,
    check_beta_response_reasoning_summary_part_done_event_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_response_reasoning_summary_part_done_event_part import (
        BetaResponseReasoningSummaryPartDoneEventPart,
    )


@_attrs_define(repr=False)
class BetaResponseReasoningSummaryPartDoneEvent(_OpenModel):
    """Stream event closing one part of a reasoning summary."""

    type_: BetaResponseReasoningSummaryPartDoneEventType

    item_id: str

    output_index: int

    summary_index: int

    sequence_number: int

    part: BetaResponseReasoningSummaryPartDoneEventPart

    agent: BetaAgentTag | None = None

    status: BetaResponseReasoningSummaryPartDoneEventStatus | None = None

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
        "status",
        "summary_index",
        "type",
    )
    _tags = {"type": ("response.reasoning_summary_part.done",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_response_reasoning_summary_part_done_event_part import (
            BetaResponseReasoningSummaryPartDoneEventPart,
        )

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_beta_response_reasoning_summary_part_done_event_type,
            ),
            ("item_id", "item_id", REQUIRED, None),
            ("output_index", "output_index", REQUIRED, None),
            ("summary_index", "summary_index", REQUIRED, None),
            ("sequence_number", "sequence_number", REQUIRED, None),
            ("part", "part", REQUIRED, BetaResponseReasoningSummaryPartDoneEventPart),
            (
                "agent",
                "agent",
                OPTIONAL_OR_NULL,
                one_of(member("beta_agent_tag", "BetaAgentTag"), None),
            ),
            (
                "status",
                "status",
                OPTIONAL,
                check_beta_response_reasoning_summary_part_done_event_status,
            ),
        )
