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
from ..models.beta_response_function_call_arguments_delta_event_type import (
    BetaResponseFunctionCallArgumentsDeltaEventType,
    check_beta_response_function_call_arguments_delta_event_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag import BetaAgentTag


@_attrs_define(repr=False)
class BetaResponsesServerEventType16(_OpenModel):
    type_: BetaResponseFunctionCallArgumentsDeltaEventType

    item_id: str

    output_index: int

    sequence_number: int

    delta: str

    agent: BetaAgentTag | None = None

    stream_id: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "agent",
        "delta",
        "item_id",
        "output_index",
        "sequence_number",
        "stream_id",
        "type",
    )
    _tags = {"type": ("response.function_call_arguments.delta",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_beta_response_function_call_arguments_delta_event_type,
            ),
            ("item_id", "item_id", REQUIRED, None),
            ("output_index", "output_index", REQUIRED, None),
            ("sequence_number", "sequence_number", REQUIRED, None),
            ("delta", "delta", REQUIRED, None),
            (
                "agent",
                "agent",
                OPTIONAL_OR_NULL,
                one_of(member("beta_agent_tag", "BetaAgentTag"), None),
            ),
            ("stream_id", "stream_id", OPTIONAL, None),
        )
