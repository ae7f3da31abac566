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
from ..models.beta_response_failed_event_type import (
    BetaResponseFailedEventType,
    check_beta_response_failed_event_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_response import BetaResponse


@_attrs_define(repr=False)
class BetaResponseFailedEvent(_OpenModel):
    """Stream event: the response ended in failure; carries the failed response."""

    type_: BetaResponseFailedEventType

    sequence_number: int

    response: BetaResponse
    """ A model response: its settings, status, output items, usage and any error. """
    agent: BetaAgentTag | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("agent", "response", "sequence_number", "type")
    _tags = {"type": ("response.failed",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_response import BetaResponse

        return fields(
            ("type_", "type", REQUIRED, check_beta_response_failed_event_type),
            ("sequence_number", "sequence_number", REQUIRED, None),
            ("response", "response", REQUIRED, BetaResponse),
            (
                "agent",
                "agent",
                OPTIONAL_OR_NULL,
                one_of(member("beta_agent_tag", "BetaAgentTag"), None),
            ),
        )
