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
from ..models.realtime_client_event_response_create_type import (
    RealtimeClientEventResponseCreateType,
    check_realtime_client_event_response_create_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.realtime_response_create_params import RealtimeResponseCreateParams


@_attrs_define(repr=False)
class RealtimeClientEventResponseCreate(_OpenModel):
    """Client event that starts model inference for a new response, optionally overriding session settings or writing
    outside the default conversation."""

    type_: RealtimeClientEventResponseCreateType

    event_id: str | None = None

    response: RealtimeResponseCreateParams | None = None
    """ Settings for one Realtime response, overriding the session's defaults for that response only. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("event_id", "response", "type")
    _tags = {"type": ("response.create",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_response_create_params import (
            RealtimeResponseCreateParams,
        )

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_client_event_response_create_type,
            ),
            ("event_id", "event_id", OPTIONAL, None),
            ("response", "response", OPTIONAL, RealtimeResponseCreateParams),
        )
