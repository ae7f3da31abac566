from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_response_status_details_reason import (
    RealtimeResponseStatusDetailsReason,
    check_realtime_response_status_details_reason,
)
from ..models.realtime_response_status_details_type import (
    RealtimeResponseStatusDetailsType,
    check_realtime_response_status_details_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.realtime_response_status_details_error import (
        RealtimeResponseStatusDetailsError,
    )


@_attrs_define(repr=False)
class RealtimeResponseStatusDetails(_OpenModel):
    type_: RealtimeResponseStatusDetailsType | None = None

    reason: RealtimeResponseStatusDetailsReason | None = None

    error: RealtimeResponseStatusDetailsError | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("error", "reason", "type")
    _tags = {"type": ("completed", "cancelled", "failed", "incomplete")}

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_response_status_details_error import (
            RealtimeResponseStatusDetailsError,
        )

        return fields(
            ("type_", "type", OPTIONAL, check_realtime_response_status_details_type),
            (
                "reason",
                "reason",
                OPTIONAL,
                check_realtime_response_status_details_reason,
            ),
            ("error", "error", OPTIONAL, RealtimeResponseStatusDetailsError),
        )
