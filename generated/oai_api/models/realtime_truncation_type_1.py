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
from ..models.realtime_truncation_type_1_type import (
    RealtimeTruncationType1Type,
    check_realtime_truncation_type_1_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.realtime_truncation_type_1_token_limits import (
        RealtimeTruncationType1TokenLimits,
    )


@_attrs_define(repr=False)
class RealtimeTruncationType1(_OpenModel):
    type_: RealtimeTruncationType1Type
    """ Always `retention_ratio`: keep a fraction of the conversation when truncating. """
    retention_ratio: float
    """ Share of post-instruction tokens kept after truncating, 0.0 to 1.0; e.g. 0.8 cuts down to 80% of the limit,
    so truncation and cache misses happen less. """
    token_limits: RealtimeTruncationType1TokenLimits | None = None
    """ Custom token limits for this strategy; the model's defaults apply when omitted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("retention_ratio", "token_limits", "type")
    _tags = {"type": ("retention_ratio",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_truncation_type_1_token_limits import (
            RealtimeTruncationType1TokenLimits,
        )

        return fields(
            ("type_", "type", REQUIRED, check_realtime_truncation_type_1_type),
            ("retention_ratio", "retention_ratio", REQUIRED, None),
            (
                "token_limits",
                "token_limits",
                OPTIONAL,
                RealtimeTruncationType1TokenLimits,
            ),
        )
