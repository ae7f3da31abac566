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
from ..models.realtime_beta_client_event_response_cancel_type import (
    RealtimeBetaClientEventResponseCancelType,
    check_realtime_beta_client_event_response_cancel_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RealtimeBetaClientEventResponseCancel(_OpenModel):
    """Client event that stops an in-progress response; the server then sends `response.done` with status `cancelled`, or
    an error if nothing was running."""

    type_: RealtimeBetaClientEventResponseCancelType

    event_id: str | None = None

    response_id: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("event_id", "response_id", "type")
    _tags = {"type": ("response.cancel",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_beta_client_event_response_cancel_type,
            ),
            ("event_id", "event_id", OPTIONAL, None),
            ("response_id", "response_id", OPTIONAL, None),
        )
