from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_response_inject_created_event_type import (
    BetaResponseInjectCreatedEventType,
    check_beta_response_inject_created_event_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class BetaResponseInjectCreatedEvent(_OpenModel):
    """Server event confirming the injected items were accepted and are now part of the running response."""

    type_: BetaResponseInjectCreatedEventType

    response_id: str

    sequence_number: int

    stream_id: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("response_id", "sequence_number", "stream_id", "type")
    _tags = {"type": ("response.inject.created",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_response_inject_created_event_type),
            ("response_id", "response_id", REQUIRED, None),
            ("sequence_number", "sequence_number", REQUIRED, None),
            ("stream_id", "stream_id", OPTIONAL, None),
        )
