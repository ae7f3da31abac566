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
from ..models.beta_response_created_event_type import (
    BetaResponseCreatedEventType,
    check_beta_response_created_event_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_response import BetaResponse


@_attrs_define(repr=False)
class BetaResponsesServerEventType12(_OpenModel):
    type_: BetaResponseCreatedEventType

    response: BetaResponse
    """ A model response: its settings, status, output items, usage and any error. """
    sequence_number: int

    agent: BetaAgentTag | None = None

    stream_id: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("agent", "response", "sequence_number", "stream_id", "type")
    _tags = {"type": ("response.created",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_response import BetaResponse

        return fields(
            ("type_", "type", REQUIRED, check_beta_response_created_event_type),
            ("response", "response", REQUIRED, BetaResponse),
            ("sequence_number", "sequence_number", REQUIRED, None),
            (
                "agent",
                "agent",
                OPTIONAL_OR_NULL,
                one_of(member("beta_agent_tag", "BetaAgentTag"), None),
            ),
            ("stream_id", "stream_id", OPTIONAL, None),
        )
