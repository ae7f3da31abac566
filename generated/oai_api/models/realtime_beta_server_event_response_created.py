from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_beta_server_event_response_created_type import (
    RealtimeBetaServerEventResponseCreatedType,
    check_realtime_beta_server_event_response_created_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.realtime_beta_response import RealtimeBetaResponse


@_attrs_define(repr=False)
class RealtimeBetaServerEventResponseCreated(_OpenModel):
    """Server event: a response has been created and is `in_progress`; the first event of every response."""

    event_id: str

    type_: RealtimeBetaServerEventResponseCreatedType

    response: RealtimeBetaResponse
    """ A response produced in a Realtime session: status, output items, usage and the settings it used. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("event_id", "response", "type")
    _tags = {"type": ("response.created",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_beta_response import RealtimeBetaResponse

        return fields(
            ("event_id", "event_id", REQUIRED, None),
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_beta_server_event_response_created_type,
            ),
            ("response", "response", REQUIRED, RealtimeBetaResponse),
        )
