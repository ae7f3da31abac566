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
from ..models.realtime_beta_client_event_session_update_type import (
    RealtimeBetaClientEventSessionUpdateType,
    check_realtime_beta_client_event_session_update_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.realtime_session_create_request import RealtimeSessionCreateRequest


@_attrs_define(repr=False)
class RealtimeBetaClientEventSessionUpdate(_OpenModel):
    """Client event that changes the session's default settings (anything but `voice`, and never the model); answered by
    `session.updated` with the full effective configuration."""

    type_: RealtimeBetaClientEventSessionUpdateType

    session: RealtimeSessionCreateRequest
    """ Realtime session settings returned with an ephemeral key (one-minute lifetime by default). """
    event_id: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("event_id", "session", "type")
    _tags = {"type": ("session.update",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_session_create_request import (
            RealtimeSessionCreateRequest,
        )

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_beta_client_event_session_update_type,
            ),
            ("session", "session", REQUIRED, RealtimeSessionCreateRequest),
            ("event_id", "event_id", OPTIONAL, None),
        )
