from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_response_text_delta_event_type import (
    BetaResponseTextDeltaEventType,
    check_beta_response_text_delta_event_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_response_log_prob import BetaResponseLogProb


@_attrs_define(repr=False)
class BetaResponsesServerEventType36(_OpenModel):
    type_: BetaResponseTextDeltaEventType

    item_id: str

    output_index: int

    content_index: int

    delta: str

    sequence_number: int

    logprobs: list[BetaResponseLogProb]

    agent: BetaAgentTag | None = None

    stream_id: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "agent",
        "content_index",
        "delta",
        "item_id",
        "logprobs",
        "output_index",
        "sequence_number",
        "stream_id",
        "type",
    )
    _tags = {"type": ("response.output_text.delta",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_response_log_prob import BetaResponseLogProb

        return fields(
            ("type_", "type", REQUIRED, check_beta_response_text_delta_event_type),
            ("item_id", "item_id", REQUIRED, None),
            ("output_index", "output_index", REQUIRED, None),
            ("content_index", "content_index", REQUIRED, None),
            ("delta", "delta", REQUIRED, None),
            ("sequence_number", "sequence_number", REQUIRED, None),
            ("logprobs", "logprobs", REQUIRED, list_of(BetaResponseLogProb)),
            (
                "agent",
                "agent",
                OPTIONAL_OR_NULL,
                one_of(member("beta_agent_tag", "BetaAgentTag"), None),
            ),
            ("stream_id", "stream_id", OPTIONAL, None),
        )
