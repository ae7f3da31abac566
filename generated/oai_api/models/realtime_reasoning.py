from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_reasoning_effort import (
    RealtimeReasoningEffort,
    check_realtime_reasoning_effort,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RealtimeReasoning(_OpenModel):
    """Reasoning settings for Realtime models that can reason, e.g. `gpt-realtime-2`."""

    effort: RealtimeReasoningEffort | None = None
    """ How hard a reasoning Realtime model (e.g. `gpt-realtime-2`) thinks: `minimal` to `xhigh`; default `low`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("effort",)

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("effort", "effort", OPTIONAL, check_realtime_reasoning_effort),
        )
