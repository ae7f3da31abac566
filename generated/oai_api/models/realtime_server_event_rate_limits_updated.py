from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
    list_of,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_server_event_rate_limits_updated_type import (
    RealtimeServerEventRateLimitsUpdatedType,
    check_realtime_server_event_rate_limits_updated_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.realtime_server_event_rate_limits_updated_rate_limits_item import (
        RealtimeServerEventRateLimitsUpdatedRateLimitsItem,
    )


@_attrs_define(repr=False)
class RealtimeServerEventRateLimitsUpdated(_OpenModel):
    """Server event sent as a response begins, giving current rate limits including tokens reserved for its output."""

    event_id: str

    type_: RealtimeServerEventRateLimitsUpdatedType

    rate_limits: list[RealtimeServerEventRateLimitsUpdatedRateLimitsItem]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("event_id", "rate_limits", "type")
    _tags = {"type": ("rate_limits.updated",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_server_event_rate_limits_updated_rate_limits_item import (
            RealtimeServerEventRateLimitsUpdatedRateLimitsItem,
        )

        return fields(
            ("event_id", "event_id", REQUIRED, None),
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_server_event_rate_limits_updated_type,
            ),
            (
                "rate_limits",
                "rate_limits",
                REQUIRED,
                list_of(RealtimeServerEventRateLimitsUpdatedRateLimitsItem),
            ),
        )
