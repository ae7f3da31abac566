from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_beta_response_status_details_reason import (
    RealtimeBetaResponseStatusDetailsReason,
    check_realtime_beta_response_status_details_reason,
)
from ..models.realtime_beta_response_status_details_type import (
    RealtimeBetaResponseStatusDetailsType,
    check_realtime_beta_response_status_details_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.realtime_beta_response_status_details_error import (
        RealtimeBetaResponseStatusDetailsError,
    )


@_attrs_define(repr=False)
class RealtimeBetaResponseStatusDetails(_OpenModel):
    type_: RealtimeBetaResponseStatusDetailsType | None = None

    reason: RealtimeBetaResponseStatusDetailsReason | None = None

    error: RealtimeBetaResponseStatusDetailsError | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("error", "reason", "type")
    _tags = {"type": ("completed", "cancelled", "failed", "incomplete")}

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_beta_response_status_details_error import (
            RealtimeBetaResponseStatusDetailsError,
        )

        return fields(
            (
                "type_",
                "type",
                OPTIONAL,
                check_realtime_beta_response_status_details_type,
            ),
            (
                "reason",
                "reason",
                OPTIONAL,
                check_realtime_beta_response_status_details_reason,
            ),
            ("error", "error", OPTIONAL, RealtimeBetaResponseStatusDetailsError),
        )
