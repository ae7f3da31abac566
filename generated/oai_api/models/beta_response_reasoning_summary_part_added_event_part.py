from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_response_reasoning_summary_part_added_event_part_type import (
    BetaResponseReasoningSummaryPartAddedEventPartType,
    check_beta_response_reasoning_summary_part_added_event_part_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class BetaResponseReasoningSummaryPartAddedEventPart(_OpenModel):
    type_: BetaResponseReasoningSummaryPartAddedEventPartType

    text: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("text", "type")
    _tags = {"type": ("summary_text",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_beta_response_reasoning_summary_part_added_event_part_type,
            ),
            ("text", "text", REQUIRED, None),
        )
