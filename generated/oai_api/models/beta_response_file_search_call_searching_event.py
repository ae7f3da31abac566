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
from ..models.beta_response_file_search_call_searching_event_type import (
    BetaResponseFileSearchCallSearchingEventType,
    check_beta_response_file_search_call_searching_event_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag import BetaAgentTag


@_attrs_define(repr=False)
class BetaResponseFileSearchCallSearchingEvent(_OpenModel):
    """Stream event: file search is running its query."""

    type_: BetaResponseFileSearchCallSearchingEventType

    output_index: int

    item_id: str

    sequence_number: int

    agent: BetaAgentTag | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("agent", "item_id", "output_index", "sequence_number", "type")
    _tags = {"type": ("response.file_search_call.searching",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_beta_response_file_search_call_searching_event_type,
            ),
            ("output_index", "output_index", REQUIRED, None),
            ("item_id", "item_id", REQUIRED, None),
            ("sequence_number", "sequence_number", REQUIRED, None),
            (
                "agent",
                "agent",
                OPTIONAL_OR_NULL,
                one_of(member("beta_agent_tag", "BetaAgentTag"), None),
            ),
        )
