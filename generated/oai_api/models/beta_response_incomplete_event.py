from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_response_incomplete_event_type import (
    BetaResponseIncompleteEventType,
    check_beta_response_incomplete_event_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_response import BetaResponse


@_attrs_define(repr=False)
class BetaResponseIncompleteEvent(_OpenModel):
    """Stream event: the response stopped before finishing, e.g. on a token limit."""

    type_: BetaResponseIncompleteEventType

    response: BetaResponse
    """ A model response: its settings, status, output items, usage and any error. """
    sequence_number: int

    agent: BetaAgentTag | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("agent", "response", "sequence_number", "type")
    _tags = {"type": ("response.incomplete",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_response import BetaResponse

        return fields(
            ("type_", "type", REQUIRED, check_beta_response_incomplete_event_type),
            ("response", "response", REQUIRED, BetaResponse),
            ("sequence_number", "sequence_number", REQUIRED, None),
            (
                "agent",
                "agent",
                OPTIONAL_OR_NULL,
                one_of(member("beta_agent_tag", "BetaAgentTag"), None),
            ),
        )
