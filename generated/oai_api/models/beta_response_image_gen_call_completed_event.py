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
from ..models.beta_response_image_gen_call_completed_event_type import (
    BetaResponseImageGenCallCompletedEventType,
    check_beta_response_image_gen_call_completed_event_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag import BetaAgentTag


@_attrs_define(repr=False)
class BetaResponseImageGenCallCompletedEvent(_OpenModel):
    """Stream event sent once the generated image is final."""

    type_: BetaResponseImageGenCallCompletedEventType

    output_index: int

    sequence_number: int

    item_id: str

    agent: BetaAgentTag | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("agent", "item_id", "output_index", "sequence_number", "type")
    _tags = {"type": ("response.image_generation_call.completed",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_beta_response_image_gen_call_completed_event_type,
            ),
            ("output_index", "output_index", REQUIRED, None),
            ("sequence_number", "sequence_number", REQUIRED, None),
            ("item_id", "item_id", REQUIRED, None),
            (
                "agent",
                "agent",
                OPTIONAL_OR_NULL,
                one_of(member("beta_agent_tag", "BetaAgentTag"), None),
            ),
        )
