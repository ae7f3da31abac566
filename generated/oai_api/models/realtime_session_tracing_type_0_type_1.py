from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.realtime_session_tracing_type_0_type_1_metadata import (
        RealtimeSessionTracingType0Type1Metadata,
    )


@_attrs_define(repr=False)
class RealtimeSessionTracingType0Type1(_OpenModel):
    workflow_name: str | None = None

    group_id: str | None = None

    metadata: RealtimeSessionTracingType0Type1Metadata | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("group_id", "metadata", "workflow_name")

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_session_tracing_type_0_type_1_metadata import (
            RealtimeSessionTracingType0Type1Metadata,
        )

        return fields(
            ("workflow_name", "workflow_name", OPTIONAL, None),
            ("group_id", "group_id", OPTIONAL, None),
            (
                "metadata",
                "metadata",
                OPTIONAL,
                RealtimeSessionTracingType0Type1Metadata,
            ),
        )
