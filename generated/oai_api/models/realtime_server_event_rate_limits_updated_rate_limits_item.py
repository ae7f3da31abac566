from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_server_event_rate_limits_updated_rate_limits_item_name import (
    RealtimeServerEventRateLimitsUpdatedRateLimitsItemName,
    check_realtime_server_event_rate_limits_updated_rate_limits_item_name,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RealtimeServerEventRateLimitsUpdatedRateLimitsItem(_OpenModel):
    name: RealtimeServerEventRateLimitsUpdatedRateLimitsItemName | None = None

    limit: int | None = None

    remaining: int | None = None

    reset_seconds: float | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("limit", "name", "remaining", "reset_seconds")

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "name",
                "name",
                OPTIONAL,
                check_realtime_server_event_rate_limits_updated_rate_limits_item_name,
            ),
            ("limit", "limit", OPTIONAL, None),
            ("remaining", "remaining", OPTIONAL, None),
            ("reset_seconds", "reset_seconds", OPTIONAL, None),
        )
